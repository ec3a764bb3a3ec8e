import { describe, expect, it } from 'vitest';
import { createPoolConfig, driverFields, poolDeleteRefusal, poolSpace, poolVolumeCount, storageNameProblem, supportedDrivers, volumeDeleteRefusal } from './storageModel';

describe('storage model', () => {
  it('shows space used of total, or nothing without a total', () => {
    expect(poolSpace({ space: { used: 1024 ** 3, total: 4 * 1024 ** 3 } })?.fraction).toBe(0.25);
    expect(poolSpace({ space: { used: 1024 ** 3, total: 4 * 1024 ** 3 } })?.text).toMatch(/of .* \(25%\)$/);
    expect(poolSpace({ space: { total: 0 } })).toBeUndefined();
    expect(poolSpace(undefined)).toBeUndefined();
  });

  it('counts the volumes among the users and refuses to delete a pool in use', () => {
    const pool = { name: 'p', used_by: ['/1.0/storage-pools/p/volumes/custom/v?project=x', '/1.0/profiles/default'] };
    expect(poolVolumeCount(pool)).toBe(1);
    expect(poolDeleteRefusal(pool)).toMatch(/in use \(2 users\)/);
    expect(poolDeleteRefusal({ name: 'p', used_by: [] })).toBeUndefined();
  });

  it('refuses to delete an attached volume, naming the instances', () => {
    const volume = { name: 'v', used_by: ['/1.0/instances/c1', '/1.0/instances/c2/snapshots/s0', '/1.0/instances/c3'] };
    expect(volumeDeleteRefusal(volume, 'default')).toBe('Volume v is attached to instances c1, c3: detach it first.');
    expect(volumeDeleteRefusal({ name: 'v', used_by: null }, 'default')).toBeUndefined();
  });

  it('checks names and offers drivers with their fields', () => {
    expect(storageNameProblem('Pool', 'a/b')).toBe('Pool names may not contain slashes');
    expect(storageNameProblem('Volume', 'x', ['x'])).toBe('A volume named x already exists');
    expect(supportedDrivers({ environment: { storage_supported_drivers: [{ Name: 'zfs' }, { Name: 'dir' }] } })).toEqual(['dir', 'zfs']);
    expect(supportedDrivers(undefined)).toEqual(['dir']);
    expect(driverFields('btrfs')).toBe('loop');
    expect(createPoolConfig('btrfs', '', '2GiB')).toEqual({ size: '2GiB' });
    expect(createPoolConfig('dir', ' /srv/p ', '2GiB')).toEqual({ source: '/srv/p' });
  });
});
