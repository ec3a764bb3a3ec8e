import { describe, expect, it } from 'vitest';
import { volumeItem } from '@/api/storage-volumes/names';
import type { LxdStorageVolume } from '@/lxd';
import { customNames, needsEveryVolume, volumeRowKey, volumeRows } from './volumeRows';

const volume = { name: 'data', type: 'custom', description: 'kept', config: { size: '1GiB' }, used_by: [], content_type: 'filesystem' } as unknown as LxdStorageVolume;

describe('volume rows', () => {
  it('takes name, type and pool from the URL, the volume once read, the project from the URL or the page', () => {
    const rows = volumeRows(
      [
        { item: volumeItem('p', 'custom', 'data'), name: 'data', object: volume, failed: false },
        { item: volumeItem('p', 'container', 'c1', 'other'), name: 'c1', object: undefined, failed: false },
        { item: volumeItem('p', 'custom', 'gone'), name: 'gone', object: undefined, failed: true },
      ],
      'default',
    );
    expect(rows).toEqual([
      { name: 'data', type: 'custom', pool: 'p', project: 'default', volume, failed: false },
      { name: 'c1', type: 'container', pool: 'p', project: 'other', volume: undefined, failed: false },
      { name: 'gone', type: 'custom', pool: 'p', project: 'default', volume: undefined, failed: true },
    ]);
    expect(rows.map(volumeRowKey)).toEqual(['p/custom/data', 'p/container/c1', 'p/custom/gone']);
  });

  it('reads every volume only to search or to sort by what the volumes say', () => {
    expect(needsEveryVolume(new URLSearchParams(''))).toBe(false);
    expect(needsEveryVolume(new URLSearchParams('sort=name&dir=desc'))).toBe(false);
    expect(needsEveryVolume(new URLSearchParams('sort=pool'))).toBe(false);
    expect(needsEveryVolume(new URLSearchParams('type=custom&sort=type'))).toBe(false);
    expect(needsEveryVolume(new URLSearchParams('q=data'))).toBe(true);
    expect(needsEveryVolume(new URLSearchParams('sort=size'))).toBe(true);
    expect(needsEveryVolume(new URLSearchParams('sort=usedby'))).toBe(true);
  });

  it('names the custom volumes of one pool as taken', () => {
    const items = [volumeItem('a', 'custom', 'x'), volumeItem('a', 'container', 'y'), volumeItem('b', 'custom', 'z')];
    expect(customNames(items, 'a')).toEqual(['x']);
    expect(customNames(items, 'b')).toEqual(['z']);
  });
});
