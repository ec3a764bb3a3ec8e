import { describe, expect, it } from 'vitest';
import { describeUsedBy, parseUsedBy, summariseUsedBy } from './usedBy';

describe('used_by entries', () => {
  it('reads collection, name and project', () => {
    expect(parseUsedBy('/1.0/instances/web%2D1?project=staging')).toMatchObject({ collection: 'instances', name: 'web-1', project: 'staging', rest: [] });
    expect(parseUsedBy('/1.0/profiles/default')).toMatchObject({ collection: 'profiles', name: 'default', project: 'default' });
    expect(parseUsedBy('/nonsense')).toBeUndefined();
  });
  it('describes snapshots, volumes and other projects', () => {
    const snapshot = parseUsedBy('/1.0/instances/web/snapshots/snap0');
    const volume = parseUsedBy('/1.0/storage-pools/default/volumes/custom/data?project=p2');
    expect(snapshot && describeUsedBy(snapshot)).toBe('snapshot web/snap0');
    expect(volume && describeUsedBy(volume, 'default')).toBe('volume default/custom/data (project p2)');
  });
  it('summarises by kind', () => {
    const refs = ['/1.0/instances/a', '/1.0/instances/b', '/1.0/profiles/p'].flatMap((url) => parseUsedBy(url) ?? []);
    expect(summariseUsedBy(refs)).toBe('2 instances, 1 profile');
  });
});
