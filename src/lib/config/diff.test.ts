import { describe, expect, it } from 'vitest';
import { conflictsBetween, diffEditable, reapplyEdit } from './diff';
import type { Editable } from './editable';

type EditableInstance = Pick<Editable, 'description' | 'config' | 'devices' | 'profiles' | 'ephemeral'>;

const base: EditableInstance = {
  description: 'start',
  config: { 'limits.cpu': '1', 'boot.autostart': 'true' },
  devices: { root: { type: 'disk', path: '/', pool: 'default' } },
  profiles: ['default'],
  ephemeral: false,
};

describe('diffEditable', () => {
  it('lists config keys, devices and fields that differ', () => {
    const to: EditableInstance = {
      ...base,
      description: 'changed',
      config: { 'limits.cpu': '2', 'limits.memory': '1GiB' },
      devices: { ...base.devices, eth0: { type: 'nic', network: 'br0', name: 'eth0' } },
      profiles: ['default', 'small'],
    };
    expect(diffEditable(base, to)).toEqual([
      { id: 'description', section: 'description', key: undefined, before: 'start', after: 'changed' },
      { id: 'config:boot.autostart', section: 'config', key: 'boot.autostart', before: 'true', after: undefined },
      { id: 'config:limits.cpu', section: 'config', key: 'limits.cpu', before: '1', after: '2' },
      { id: 'config:limits.memory', section: 'config', key: 'limits.memory', before: undefined, after: '1GiB' },
      { id: 'devices:eth0', section: 'devices', key: 'eth0', before: undefined, after: 'type=nic name=eth0 network=br0' },
      { id: 'profiles', section: 'profiles', key: undefined, before: 'default', after: 'default, small' },
    ]);
    expect(diffEditable(base, base)).toEqual([]);
  });
});

describe('re-applying an edit on a newer version', () => {
  const mine: EditableInstance = { ...base, description: 'mine', config: { ...base.config, 'limits.cpu': '2' } };
  const theirs: EditableInstance = {
    ...base,
    description: 'theirs',
    config: { ...base.config, 'limits.memory': '512MiB' },
  };

  it('finds units both sides changed differently', () => {
    expect(conflictsBetween(base, mine, theirs)).toEqual([
      { id: 'description', section: 'description', key: undefined, base: 'start', mine: 'mine', theirs: 'theirs' },
    ]);
  });

  it('keeps both sides’ changes and takes the user’s value in a conflict by default', () => {
    expect(reapplyEdit(base, mine, theirs)).toEqual({
      ...base,
      description: 'mine',
      config: { 'limits.cpu': '2', 'boot.autostart': 'true', 'limits.memory': '512MiB' },
    });
  });

  it('takes the server’s value where the user chose so', () => {
    expect(reapplyEdit(base, mine, theirs, { description: 'theirs' }).description).toBe('theirs');
  });

  it('carries removals over, and the same change on both sides is no conflict', () => {
    const removed: EditableInstance = { ...base, config: { 'limits.cpu': '1' }, devices: {} };
    const same: EditableInstance = { ...base, config: { 'limits.cpu': '1' } };
    expect(conflictsBetween(base, removed, same)).toEqual([]);
    expect(reapplyEdit(base, removed, same)).toEqual({ ...base, config: { 'limits.cpu': '1' }, devices: {} });
  });
});

describe('objects with fewer fields (a project: description and config)', () => {
  const start = { description: 'p', config: { 'features.images': 'true', 'limits.instances': '5' } };

  it('compares only the fields the objects have', () => {
    expect(diffEditable(start, { ...start, config: { 'features.images': 'false', 'limits.instances': '5' } })).toEqual([
      { id: 'config:features.images', section: 'config', key: 'features.images', before: 'true', after: 'false' },
    ]);
  });

  it('re-applies an edit without adding fields the object does not have', () => {
    const mine = { ...start, config: { ...start.config, 'limits.instances': '10' } };
    const theirs = { ...start, description: 'theirs' };
    expect(reapplyEdit(start, mine, theirs)).toEqual({ description: 'theirs', config: { 'features.images': 'true', 'limits.instances': '10' } });
  });
});

describe('an image’s fields', () => {
  const image = { properties: { os: 'Busybox', description: 'one' }, public: false, auto_update: true, expires_at: '', profiles: ['default'] };

  it('compares properties key by key and the flags as a whole', () => {
    const to = { ...image, properties: { os: 'Busybox', description: 'two' }, public: true };
    expect(diffEditable(image, to).map((change) => [change.id, change.before, change.after])).toEqual([
      ['properties:description', 'one', 'two'],
      ['public', 'false', 'true'],
    ]);
  });

  it('re-applies a property edit on a version where someone else changed a flag', () => {
    const mine = { ...image, properties: { ...image.properties, release: '1.36' } };
    const theirs = { ...image, auto_update: false, expires_at: '2030-01-01T00:00:00Z' };
    expect(reapplyEdit(image, mine, theirs)).toEqual({ ...theirs, properties: { ...image.properties, release: '1.36' } });
  });
});
