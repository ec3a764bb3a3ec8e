import { describe, expect, it } from 'vitest';
import { inheritedConfig } from './inheritedConfig';

describe('inheritedConfig', () => {
  it('lists what comes from profiles and names the profile that wins', () => {
    const result = inheritedConfig(
      {
        profiles: ['default', 'pa', 'pb'],
        config: { 'limits.cpu': '1', 'volatile.x': 'y' },
        devices: { root: { type: 'disk', path: '/', pool: 'default' } },
        expanded_config: { 'limits.cpu': '1', 'limits.memory': '256MiB', 'volatile.x': 'y' },
        expanded_devices: {
          root: { type: 'disk', path: '/', pool: 'default' },
          eth0: { type: 'nic', network: 'br0', name: 'eth0' },
        },
      },
      [
        { name: 'default', description: '', config: {}, devices: { eth0: { type: 'nic', network: 'br0', name: 'eth0' } } },
        { name: 'pa', description: '', config: { 'limits.memory': '128MiB' }, devices: {} },
        { name: 'pb', description: '', config: { 'limits.memory': '256MiB' }, devices: {} },
      ],
    );
    expect(result.config).toEqual([{ key: 'limits.memory', value: '256MiB', from: 'pb' }]);
    expect(result.devices).toEqual([{ key: 'eth0', value: { type: 'nic', network: 'br0', name: 'eth0' }, from: 'default' }]);
  });
});
