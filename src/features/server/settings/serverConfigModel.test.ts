import { describe, expect, it } from 'vitest';
import type { LxdServer } from '@/lxd';
import { LXD_5_0_SERVER_KEYS } from './serverConfigKeys';
import { addableKeys, keyLabel, keysFromMetadata, serverConfigSections, serverDefaults, serverPutBody } from './serverConfigModel';

const server = (config: Record<string, unknown>) => ({ config }) as unknown as LxdServer;

describe('serverPutBody', () => {
  it('sends a secret LXD shows as boolean true back as true, so LXD keeps it', () => {
    const base = server({ 'core.trust_password': true, 'core.https_address': '127.0.0.1:8443' });
    const body = serverPutBody({ config: { 'core.trust_password': 'true', 'core.https_address': '127.0.0.1:8443' } }, base);
    expect(body.config).toEqual({ 'core.trust_password': true, 'core.https_address': '127.0.0.1:8443' });
  });

  it('a changed secret, or a plain "true" value, goes as text', () => {
    const base = server({ 'core.trust_password': true, 'core.metrics_authentication': 'true' });
    const body = serverPutBody({ config: { 'core.trust_password': 'new-secret', 'core.metrics_authentication': 'true' } }, base);
    expect(body.config).toEqual({ 'core.trust_password': 'new-secret', 'core.metrics_authentication': 'true' });
  });

  it('a key left out of the edit is left out of the body (unset)', () => {
    expect(serverPutBody({ config: {} }, server({ 'images.auto_update_interval': '12' })).config).toEqual({});
  });
});

describe('keysFromMetadata', () => {
  it('reads configs.server of /1.0/metadata/configuration, sorted, backticks dropped from defaults', () => {
    const keys = keysFromMetadata({
      configs: {
        server: {
          images: { keys: [{ 'images.auto_update_interval': { shortdesc: 'Interval in hours', type: 'integer', scope: 'global', defaultdesc: '`6`' } }] },
          core: { keys: [{ 'core.https_address': { longdesc: 'Address to bind', type: 'string', scope: 'local' } }] },
        },
        instance: { misc: { keys: [{ 'boot.autostart': { shortdesc: 'x' } }] } },
      },
    });
    expect(keys).toEqual([
      { key: 'core.https_address', type: 'string', scope: 'local', default: undefined, description: 'Address to bind' },
      { key: 'images.auto_update_interval', type: 'integer', scope: 'global', default: '6', description: 'Interval in hours' },
    ]);
  });

  it('is undefined without server keys, so the 5.0 table is used', () => {
    expect(keysFromMetadata(undefined)).toBeUndefined();
    expect(keysFromMetadata({ configs: { instance: {} } })).toBeUndefined();
    expect(keysFromMetadata({ configs: { server: { core: { keys: [] } } } })).toBeUndefined();
  });
});

describe('form sections', () => {
  it('groups the keys shown by namespace, with descriptions, booleans as selects and member-local keys marked', () => {
    const shown = ['images.auto_update_interval', 'core.https_address', 'core.metrics_authentication', 'x.unknown'];
    const sections = serverConfigSections(shown, LXD_5_0_SERVER_KEYS, true);
    expect(sections.map((section) => section.title)).toEqual(['Core', 'Images', 'X']);
    const core = sections[0]?.fields ?? [];
    expect(core.map((field) => [field.key, field.kind])).toEqual([
      ['core.https_address', 'text'],
      ['core.metrics_authentication', 'boolean'],
    ]);
    expect(core[0]?.hint).toMatch(/Set per cluster member\.$/);
    expect(sections[2]?.fields[0]?.hint).toBe('No description for this key.');
    expect(serverConfigSections(shown, LXD_5_0_SERVER_KEYS)[0]?.fields[0]?.hint).not.toMatch(/cluster/);
  });

  it('labels a key without its namespace', () => {
    expect(keyLabel('images.auto_update_interval')).toBe('Auto update interval');
    expect(keyLabel('network.ovn.northbound_connection')).toBe('OVN northbound connection');
    expect(keyLabel('core.https_address')).toBe('HTTPS address');
  });

  it('offers the known keys not shown yet, per namespace', () => {
    const groups = addableKeys(['core.https_address'], LXD_5_0_SERVER_KEYS);
    const core = groups.find((group) => group.namespace === 'core');
    expect(core?.keys.map((about) => about.key)).not.toContain('core.https_address');
    expect(groups.find((group) => group.namespace === 'images')?.keys.map((about) => about.key)).toContain('images.auto_update_interval');
  });

  it('gives LXD defaults for unset fields', () => {
    expect(serverDefaults(LXD_5_0_SERVER_KEYS)['images.auto_update_interval']).toEqual({ value: '6', from: 'LXD default' });
  });

  it('the 5.0 table has each key once, each described', () => {
    const keys = LXD_5_0_SERVER_KEYS.map((about) => about.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(LXD_5_0_SERVER_KEYS.every((about) => about.description.length > 0)).toBe(true);
  });
});
