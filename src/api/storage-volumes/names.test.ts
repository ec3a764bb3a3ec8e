import { describe, expect, it } from 'vitest';
import { volumeItemFromUrl } from './names';

describe('volumeItemFromUrl', () => {
  it('reads pool, type and name from a volume URL', () => {
    expect(volumeItemFromUrl('/1.0/storage-pools/bench-vols/volumes/custom/bench-vol-001')).toEqual({
      id: 'custom/bench-vol-001',
      name: 'bench-vol-001',
      type: 'custom',
      pool: 'bench-vols',
    });
    expect(volumeItemFromUrl('/1.0/storage-pools/default/volumes/container/c1')).toMatchObject({ id: 'container/c1', type: 'container' });
  });

  it('decodes the parts and keeps the project the URL names', () => {
    expect(volumeItemFromUrl('/1.0/storage-pools/my%20pool/volumes/virtual-machine/v%2Fm?project=p%201')).toEqual({
      id: 'virtual-machine/v/m',
      name: 'v/m',
      type: 'virtual-machine',
      pool: 'my pool',
      project: 'p 1',
    });
  });

  it('leaves out what is not one volume', () => {
    expect(volumeItemFromUrl('/1.0/storage-pools/p/volumes/custom/v/snapshots/s0')).toBeUndefined();
    expect(volumeItemFromUrl('/1.0/storage-pools/p/volumes/custom')).toBeUndefined();
    expect(volumeItemFromUrl('/1.0/storage-pools/p/volumes/custom/%E0%A4%A')).toBeUndefined();
    expect(volumeItemFromUrl('/1.0/instances/c1')).toBeUndefined();
  });
});
