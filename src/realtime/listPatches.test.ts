import { describe, expect, it } from 'vitest';
import type { LxdInstance } from '@/lxd';
import { withInstanceStatus, withItem, withoutItem, withRenamedItem } from './listPatches';

const instance = (name: string, status = 'Stopped') => ({ name, status, status_code: 102 }) as LxdInstance;

describe('list patches', () => {
  const list = [instance('a'), instance('b')];

  it('changes only the named instance, and returns the same array when nothing changes', () => {
    const next = withInstanceStatus(list, 'b', 'Running', 103);
    expect(next?.map((entry) => entry.status)).toEqual(['Stopped', 'Running']);
    expect(next?.[0]).toBe(list[0]);
    expect(withInstanceStatus(list, 'a', 'Stopped', 102)).toBe(list);
  });

  it('removes, renames and replaces by id', () => {
    expect(withoutItem(list, 'a')?.map((entry) => entry.name)).toEqual(['b']);
    expect(withoutItem(list, 'zz')).toBe(list);
    expect(withRenamedItem(list, 'a', 'c')?.map((entry) => entry.name)).toEqual(['c', 'b']);
    expect(withRenamedItem(list, 'zz', 'c')).toBe(list);
    expect(withItem(list, instance('b', 'Running'))?.map((entry) => entry.status)).toEqual(['Stopped', 'Running']);
    expect(withItem(list, instance('c'))?.map((entry) => entry.name)).toEqual(['a', 'b', 'c']);
  });

  it('uses another id field when told (images by fingerprint)', () => {
    const images = [{ fingerprint: 'f1' }, { fingerprint: 'f2' }];
    expect(withoutItem(images, 'f1', 'fingerprint')).toEqual([{ fingerprint: 'f2' }]);
  });

  it('drops a copy already listed under the new name when renaming', () => {
    expect(withRenamedItem([instance('old'), instance('new')], 'old', 'new')?.map((entry) => entry.name)).toEqual(['new']);
  });

  it('leaves a list that is not cached alone', () => {
    expect(withoutItem(undefined, 'a')).toBeUndefined();
  });
});
