import { describe, expect, it } from 'vitest';
import type { LxdServer } from '@/lxd';
import { apiExtensions, driverText, pairDrivers, supportedStorageDrivers } from './serverIdentity';

describe('server identity', () => {
  it('pairs each instance driver with its version', () => {
    expect(pairDrivers('lxc | qemu', '5.0.2 | 8.2.2').map(driverText)).toEqual(['lxc 5.0.2', 'qemu 8.2.2']);
    expect(pairDrivers('lxc', undefined)).toEqual([{ name: 'lxc', version: undefined }]);
    expect(pairDrivers(undefined, '1')).toEqual([]);
  });

  it('lists the storage drivers the server offers, remote ones marked', () => {
    const server = {
      environment: {
        storage_supported_drivers: [
          { Name: 'dir', Version: '1', Remote: false },
          { Name: 'ceph', Version: '17', Remote: true },
        ],
      },
    } as LxdServer;
    expect(supportedStorageDrivers(server)).toEqual(['dir 1', 'ceph 17 (remote)']);
  });

  it('numbers the API extensions in the order the server lists them', () => {
    expect(apiExtensions({ api_extensions: ['a', 'b'] } as LxdServer)).toEqual([
      { position: 1, name: 'a' },
      { position: 2, name: 'b' },
    ]);
  });
});
