import { describe, expect, it } from 'vitest';
import { refusalPlace } from './createProfileModel';
import {
  deleteRefusal,
  deviceSummary,
  devicesSummary,
  instanceNamesInProject,
  instanceUsers,
  profileChanges,
  profileNameProblem,
  renameRefusal,
} from './profileModel';

describe('devicesSummary', () => {
  it('names each device with its type and where it attaches, sorted by name', () => {
    expect(
      devicesSummary({
        root: { type: 'disk', path: '/', pool: 'default' },
        eth0: { type: 'nic', network: 'lxdbr0', name: 'eth0' },
      }),
    ).toBe('eth0: nic (network lxdbr0), root: disk (pool default)');
  });

  it('describes bridged nics by parent, host disks by source and path, other types by type alone', () => {
    expect(deviceSummary('eth1', { type: 'nic', nictype: 'bridged', parent: 'br0' })).toBe('eth1: nic (parent br0)');
    expect(deviceSummary('data', { type: 'disk', source: '/srv/data', path: '/data' })).toBe('data: disk (/srv/data on /data)');
    expect(deviceSummary('vol', { type: 'disk', pool: 'fast', path: '/var/lib' })).toBe('vol: disk (pool fast, /var/lib)');
    expect(deviceSummary('gpu0', { type: 'gpu' })).toBe('gpu0: gpu');
  });

  it('is empty without devices', () => {
    expect(devicesSummary({})).toBe('');
    expect(devicesSummary(undefined)).toBe('');
  });
});

describe('instance users', () => {
  const usedBy = [
    '/1.0/instances/web',
    '/1.0/instances/db?project=other',
    '/1.0/instances/web/snapshots/snap0',
    '/1.0/profiles/x',
  ];

  it('counts instances only, of any project, not snapshots', () => {
    expect(instanceUsers(usedBy, 'default').map((ref) => `${ref.project}/${ref.name}`)).toEqual(['default/web', 'other/db']);
  });

  it('names the instances of one project', () => {
    expect([...instanceNamesInProject({ used_by: usedBy }, 'default')]).toEqual(['web']);
    expect([...instanceNamesInProject({ used_by: null }, 'default')]).toEqual([]);
  });
});

describe('refusals known before asking LXD', () => {
  it('refuses deleting or renaming the default profile', () => {
    expect(deleteRefusal({ name: 'default', used_by: [] })).toMatch(/default profile cannot be deleted/);
    expect(renameRefusal('default')).toMatch(/cannot be renamed/);
    expect(renameRefusal('small')).toBeUndefined();
  });

  it('refuses deleting a profile in use, and allows an unused one', () => {
    expect(deleteRefusal({ name: 'small', used_by: ['/1.0/instances/a', '/1.0/instances/b'] })).toBe(
      'Profile small is in use (2 users): remove it from them first.',
    );
    expect(deleteRefusal({ name: 'small', used_by: [] })).toBeUndefined();
    expect(deleteRefusal({ name: 'small', used_by: null })).toBeUndefined();
  });
});

describe('profileNameProblem', () => {
  it('checks names as LXD does', () => {
    expect(profileNameProblem('')).toBe('No name provided');
    expect(profileNameProblem('a/b')).toBe('Profile names may not contain slashes');
    expect(profileNameProblem('.')).toMatch(/Invalid profile name/);
    expect(profileNameProblem('..')).toMatch(/Invalid profile name/);
    expect(profileNameProblem('small', ['default', 'small'])).toMatch(/already exists/);
    // LXD takes what instance names may not: digits first, dots, capitals.
    expect(profileNameProblem('2cpu.Large_x')).toBeUndefined();
  });
});

describe('profileChanges', () => {
  it('adds to newly ticked instances and removes from cleared ones, sorted', () => {
    expect(profileChanges(new Set(['a', 'b']), new Set(['b', 'd', 'c']))).toEqual({ add: ['c', 'd'], remove: ['a'] });
    expect(profileChanges(new Set(['a']), new Set(['a']))).toEqual({ add: [], remove: [] });
  });
});

describe('refusalPlace', () => {
  it('puts name refusals at the name, key refusals at the key, the rest on the form', () => {
    expect(refusalPlace('Profile names may not contain slashes', {})).toEqual({ at: 'name' });
    expect(refusalPlace('Error inserting x into database: The profile already exists', {})).toEqual({ at: 'name' });
    expect(refusalPlace('Unknown configuration key: limits.bogus', { 'limits.bogus': '1' })).toEqual({ at: 'key', key: 'limits.bogus' });
    expect(refusalPlace('Invalid value for limits.memory: lots', { 'limits.memory': 'lots' })).toEqual({ at: 'key', key: 'limits.memory' });
    expect(refusalPlace('Device validation failed for "eth0": Missing nic type', {})).toEqual({ at: 'form' });
  });
});
