import { describe, expect, it } from 'vitest';
import { volumeNameOf, volumeUpdates } from './events';

const info = (action: string, path: string[], context: Record<string, unknown> = {}) => ({ server: 's', project: 'p1', action, path, name: path[0] ?? '', context });

describe('storage volume events', () => {
  it('strips the project prefix LXD 5.0 puts on custom volume names only', () => {
    expect(volumeNameOf('p1_data', 'custom', 'p1')).toBe('data');
    expect(volumeNameOf('p1_data', 'container', 'p1')).toBe('p1_data');
    expect(volumeNameOf('other_data', 'custom', 'p1')).toBe('other_data');
  });

  it('reads the one volume into its pool list, and re-reads the pool page only on create and delete', () => {
    const created = volumeUpdates(info('storage-volume-created', ['pool1', 'volumes', 'custom', 'p1_data']));
    expect(created[0]).toEqual({
      kind: 'refresh-list-item',
      queryKey: ['s', 'project', 'p1', 'storage-volumes', 'pool1', 'list'],
      path: '/1.0/storage-pools/pool1/volumes/custom/data',
      project: 'p1',
      id: 'data',
    });
    expect(created.map((update) => update.kind)).toEqual(['refresh-list-item', 'add-list-item', 'invalidate', 'invalidate']);
    // The names learn of the volume without a read; the project prefix is gone from its name.
    expect(created[1]).toEqual({
      kind: 'add-list-item',
      queryKey: ['s', 'project', 'p1', 'storage-volumes', 'pool1', 'names'],
      item: { id: 'custom/data', name: 'data', type: 'custom', pool: 'pool1', project: 'p1' },
      idField: 'id',
    });
    expect(volumeUpdates(info('storage-volume-updated', ['pool1', 'volumes', 'custom', 'p1_data']))).toHaveLength(2);
  });

  it('renames in place with the old name from the context; a snapshot refreshes the volume only', () => {
    const renamed = volumeUpdates(info('storage-volume-renamed', ['pool1', 'volumes', 'custom', 'p1_new'], { old_name: 'p1_old' }));
    expect(renamed[0]).toEqual({
      kind: 'rename-list-item',
      queryKey: ['s', 'project', 'p1', 'storage-volumes', 'pool1', 'list'],
      from: 'old',
      to: 'new',
      read: { path: '/1.0/storage-pools/pool1/volumes/custom/new', project: 'p1' },
    });
    const names = ['s', 'project', 'p1', 'storage-volumes', 'pool1', 'names'];
    expect(renamed.slice(1, 3)).toEqual([
      { kind: 'remove-list-item', queryKey: names, id: 'custom/old', idField: 'id' },
      { kind: 'add-list-item', queryKey: names, item: { id: 'custom/new', name: 'new', type: 'custom', pool: 'pool1', project: 'p1' }, idField: 'id' },
    ]);
    const deleted = volumeUpdates(info('storage-volume-deleted', ['pool1', 'volumes', 'container', 'c1']));
    expect(deleted[1]).toEqual({ kind: 'remove-list-item', queryKey: names, id: 'container/c1', idField: 'id' });
    expect(volumeUpdates(info('storage-volume-snapshot-created', ['pool1', 'volumes', 'custom', 'p1_v', 'snapshots', 's0']))).toEqual([
      { kind: 'invalidate', queryKey: ['s', 'project', 'p1', 'storage-volumes', 'pool1', 'detail', 'custom', 'v'] },
    ]);
  });
});
