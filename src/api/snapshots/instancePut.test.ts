import { describe, expect, it } from 'vitest';
import instance from '@/lxd/__fixtures__/instance.json';
import type { LxdInstance } from '@/lxd';
import { instancePutWithConfig } from './instancePut';

// A real LXD 5.0.2 answer to GET /1.0/instances/<name>, as recorded for the client tests.
const recorded = (instance.body as { metadata: LxdInstance }).metadata;

describe('instancePutWithConfig', () => {
  const base: LxdInstance = {
    ...recorded,
    description: 'web server',
    config: { ...recorded.config, 'snapshots.schedule': '@daily', 'user.keep': 'yes' },
  };

  it('sets, replaces and removes config keys and keeps the rest', () => {
    const body = instancePutWithConfig(base, {
      'snapshots.schedule': '',
      'snapshots.expiry': '2w',
    });
    expect(body.config).not.toHaveProperty('snapshots.schedule');
    expect(body.config['snapshots.expiry']).toBe('2w');
    expect(body.config['user.keep']).toBe('yes');
    expect(base.config['snapshots.schedule']).toBe('@daily');
  });

  it('sends only writable fields, the description included', () => {
    const body = instancePutWithConfig(base, {});
    expect(Object.keys(body).sort()).toEqual(['architecture', 'config', 'description', 'devices', 'ephemeral', 'profiles', 'stateful']);
    expect(body.description).toBe('web server');
    expect(body.devices).toEqual(base.devices);
    expect(body.profiles).toEqual(base.profiles);
    expect(body).not.toHaveProperty('expanded_config');
    expect(body).not.toHaveProperty('status');
  });
});
