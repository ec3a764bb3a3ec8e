import { describe, expect, it } from 'vitest';
import type { LxdImage, LxdProfile } from '@/lxd';
import {
  buildCreateRequest,
  checkUserData,
  effectiveProfiles,
  emptyFormValues,
  fieldForCreateError,
  hasInput,
  userDataErrorLine,
  validateCreateForm,
  type InstanceFormValues,
} from './createForm';

const profiles: LxdProfile[] = [
  {
    name: 'default',
    description: '',
    config: {},
    devices: { root: { type: 'disk', path: '/', pool: 'default' }, eth0: { type: 'nic', name: 'eth0', network: 'br0' } },
  },
  { name: 'fast', description: '', config: {}, devices: { root: { type: 'disk', path: '/', pool: 'ssd' } } },
  { name: 'small', description: '', config: { 'limits.memory': '256MiB' }, devices: {} },
];
const images = [{ fingerprint: 'abc', type: 'container', aliases: [{ name: 'busybox', description: '' }] }] as LxdImage[];
const values = (overrides: Partial<InstanceFormValues>): InstanceFormValues => ({ ...emptyFormValues(), image: 'abc', ...overrides });
const context = { profiles, images, userDataKey: 'cloud-init.user-data' };

describe('validateCreateForm', () => {
  it('checks the name as LXD does, before anything is sent', () => {
    expect(validateCreateForm(values({ name: '1web' }), context).name).toBe('Name must not start with a number');
    expect(validateCreateForm(values({ name: 'web_1' }), context).name).toBe(
      'Name can only contain alphanumeric and hyphen characters',
    );
    expect(validateCreateForm(values({ name: 'web-1' }), context)).toEqual({});
  });

  it('lets LXD pick a name when none is given', () => {
    expect(validateCreateForm(values({ name: '' }), context).name).toBeUndefined();
  });

  it('needs an image', () => {
    expect(validateCreateForm(values({ image: '' }), context).image).toBe('Choose an image');
  });

  it('needs a pool for a root size when no chosen profile has a root disk', () => {
    expect(validateCreateForm(values({ profiles: ['small'], rootSize: '2GiB' }), context).rootPool).toMatch(/choose a storage pool/);
    expect(validateCreateForm(values({ profiles: ['small'], rootSize: '2GiB', rootPool: 'default' }), context)).toEqual({});
  });
});

describe('checkUserData', () => {
  it('accepts cloud-config YAML and scripts', () => {
    expect(checkUserData('')).toBeUndefined();
    expect(checkUserData('#cloud-config\npackages:\n  - nginx\n')).toBeUndefined();
    expect(checkUserData('#!/bin/sh\necho hi: [\n')).toBeUndefined();
  });

  it('reports malformed YAML with its line', () => {
    const message = checkUserData('#cloud-config\nruncmd:\n  - [ls, -l\nusers: x\n');
    expect(message).toMatch(/^YAML error on line \d+: /);
    expect(userDataErrorLine(message)).toBeGreaterThanOrEqual(3);
  });

  it('refuses text cloud-init would ignore', () => {
    expect(checkUserData('packages: [nginx]\n')).toMatch(/#cloud-config/);
  });
});

describe('buildCreateRequest', () => {
  it('sends image, profiles in order, set keys only, user-data under the server’s key, and devices', () => {
    const request = buildCreateRequest(
      values({
        name: 'web',
        profiles: ['default', 'small'],
        config: { 'limits.cpu': '2', 'limits.memory': ' ', 'boot.autostart': 'true' },
        rootSize: '2GiB',
        network: 'testnet',
        userData: '#cloud-config\n',
      }),
      context,
    );
    expect(request).toEqual({
      name: 'web',
      type: 'container',
      source: { type: 'image', fingerprint: 'abc' },
      profiles: ['default', 'small'],
      config: { 'limits.cpu': '2', 'boot.autostart': 'true', 'cloud-init.user-data': '#cloud-config\n' },
      devices: {
        root: { type: 'disk', path: '/', pool: 'default', size: '2GiB' },
        eth0: { type: 'nic', name: 'eth0', network: 'testnet' },
      },
    });
  });

  it('takes the root pool of the last profile that has one, and sends no devices when nothing is overridden', () => {
    expect(buildCreateRequest(values({ profiles: ['default', 'fast'], rootSize: '1GiB' }), context).devices).toEqual({
      root: { type: 'disk', path: '/', pool: 'ssd', size: '1GiB' },
    });
    expect(buildCreateRequest(values({}), context).devices).toEqual({});
  });

  it('uses user.user-data on servers without the cloud_init extension', () => {
    const request = buildCreateRequest(values({ userData: '#cloud-config\n' }), { ...context, userDataKey: 'user.user-data' });
    expect(request.config).toEqual({ 'user.user-data': '#cloud-config\n' });
  });

  it('starts from the default profile until the user picks profiles', () => {
    expect(effectiveProfiles({ profiles: undefined }, profiles)).toEqual(['default']);
    expect(effectiveProfiles({ profiles: [] }, profiles)).toEqual([]);
    expect(effectiveProfiles({ profiles: undefined }, [])).toEqual([]);
  });
});

describe('fieldForCreateError', () => {
  // LXD 5.0.2's words for each refusal.
  it('puts each refusal next to the field it is about', () => {
    const typed = values({ name: 'web', config: { 'limits.memory': 'lots' }, network: 'nonet', rootPool: 'nopool' });
    expect(
      fieldForCreateError('Failed creating instance record: Add instance info to the database: This "instances" entry already exists', typed, 'cloud-init.user-data'),
    ).toBe('name');
    expect(fieldForCreateError('Failed creating instance record: Invalid value: lots', typed, 'cloud-init.user-data')).toBe(
      'limits.memory',
    );
    expect(
      fieldForCreateError(
        'Failed creating instance record: Failed initialising instance: Failed loading storage pool: Storage pool not found',
        typed,
        'cloud-init.user-data',
      ),
    ).toBe('rootPool');
    expect(
      fieldForCreateError(
        'Failed creating instance record: Failed initialising instance: Invalid devices: Device validation failed for "eth0": Failed loading device "eth0": Failed to load network "nonet" for project "default": Network not found',
        typed,
        'cloud-init.user-data',
      ),
    ).toBe('network');
    expect(fieldForCreateError('Something else entirely', typed, 'cloud-init.user-data')).toBeUndefined();
  });
});

describe('hasInput', () => {
  it('is false for an untouched form and true once anything is typed or chosen', () => {
    expect(hasInput(emptyFormValues())).toBe(false);
    expect(hasInput({ ...emptyFormValues(), start: false })).toBe(false);
    expect(hasInput({ ...emptyFormValues(), config: { 'limits.cpu': '' } })).toBe(false);
    expect(hasInput({ ...emptyFormValues(), config: { 'limits.cpu': '2' } })).toBe(true);
    expect(hasInput({ ...emptyFormValues(), profiles: ['default'] })).toBe(true);
  });
});
