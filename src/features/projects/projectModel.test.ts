import { describe, expect, it } from 'vitest';
import {
  checkConfigValue,
  enabledFeatures,
  featureSummary,
  forServer,
  instanceCount,
  LIMIT_FIELDS,
  PROJECT_FEATURES,
  projectChangeRefusal,
  projectContents,
  RESTRICTION_FIELDS,
  validateProjectName,
} from './projectModel';

// `api_extensions` of the project-related kind, as LXD 5.0.2 (Debian 12) lists them.
const LXD_5_0_2 = [
  'projects',
  'projects_limits',
  'projects_restrictions',
  'projects_limits_disk',
  'projects_networks',
  'projects_networks_restricted_uplinks',
  'projects_limits_instances',
  'projects_restricted_cluster_target',
  'projects_restricted_backups_and_snapshots',
  'projects_restricted_intercept',
  'projects_networks_restricted_access',
  'clustering_groups',
];

describe('features by server', () => {
  it('offers on LXD 5.0.2 the four features it has, without buckets and zones', () => {
    expect(forServer(PROJECT_FEATURES, LXD_5_0_2).map((feature) => feature.key)).toEqual([
      'features.images',
      'features.profiles',
      'features.storage.volumes',
      'features.networks',
    ]);
  });

  it('adds storage buckets and network zones when the server has their extensions', () => {
    const keys = forServer(PROJECT_FEATURES, [...LXD_5_0_2, 'storage_buckets', 'network_zones']).map((feature) => feature.key);
    expect(keys).toContain('features.storage.buckets');
    expect(keys).toContain('features.networks.zones');
  });

  it('leaves out restricted.networks.zones without network_zones, and keeps the 5.0 limits', () => {
    expect(forServer(RESTRICTION_FIELDS, LXD_5_0_2).map((field) => field.key)).not.toContain('restricted.networks.zones');
    expect(forServer(LIMIT_FIELDS, LXD_5_0_2)).toHaveLength(LIMIT_FIELDS.length);
  });

  it('offers only the keys older than any extension while the server is unknown', () => {
    expect(forServer(LIMIT_FIELDS, undefined).map((field) => field.key)).not.toContain('limits.instances');
  });
});

describe('features summary', () => {
  const features = forServer(PROJECT_FEATURES, LXD_5_0_2);

  it('names the features that are true, in the declared order', () => {
    const project = { config: { 'features.storage.volumes': 'true', 'features.images': 'true', 'features.profiles': 'false' } };
    expect(enabledFeatures(project, features).map((feature) => feature.key)).toEqual(['features.images', 'features.storage.volumes']);
    expect(featureSummary(project, features)).toBe('images, storage volumes');
  });

  it('says none when every feature is off or unset', () => {
    expect(featureSummary({ config: { 'features.images': 'false' } }, features)).toBe('none');
    expect(featureSummary({ config: {} }, features)).toBe('none');
  });

  it('ignores features the server does not have', () => {
    expect(featureSummary({ config: { 'features.storage.buckets': 'true' } }, features)).toBe('none');
  });
});

describe('project contents', () => {
  const project = {
    name: 'staging',
    used_by: [
      '/1.0/profiles/default?project=staging',
      '/1.0/instances/web?project=staging',
      '/1.0/instances/db?project=staging',
      '/1.0/profiles/small?project=staging',
      '/1.0/images/0123abcd?project=staging',
      '/1.0/storage-pools/default/volumes/custom/data?project=staging',
      '/1.0/networks/br1?project=staging',
    ],
  };

  it('counts instances only', () => {
    expect(instanceCount(project)).toBe(2);
  });

  it('lists everything except the project’s own default profile', () => {
    expect(projectContents(project).map((ref) => `${ref.collection}/${ref.name}`)).toEqual([
      'instances/web',
      'instances/db',
      'profiles/small',
      'images/0123abcd',
      'storage-pools/default',
      'networks/br1',
    ]);
  });

  it('treats a project holding only its default profile as empty', () => {
    const empty = { name: 'p', used_by: ['/1.0/profiles/default?project=p'] };
    expect(projectContents(empty)).toEqual([]);
    expect(projectChangeRefusal(empty, 'delete')).toBeUndefined();
    expect(projectChangeRefusal({ name: 'p', used_by: null }, 'rename')).toBeUndefined();
  });

  it('refuses up front what LXD refuses', () => {
    expect(projectChangeRefusal(project, 'delete')).toMatch(/not empty: LXD deletes only empty projects/);
    expect(projectChangeRefusal(project, 'rename')).toMatch(/LXD renames only empty projects/);
    expect(projectChangeRefusal({ name: 'default', used_by: [] }, 'delete')).toBe('The default project cannot be deleted.');
    expect(projectChangeRefusal({ name: 'default', used_by: [] }, 'rename')).toBe('The default project cannot be renamed.');
  });
});

describe('validateProjectName (LXD’s projectValidateName)', () => {
  it.each([
    ['', 'No name provided'],
    ['a/b', 'Project names may not contain slashes'],
    ['a b', 'Project names may not contain spaces'],
    ['a_b', 'Project names may not contain underscores'],
    ["a'b", 'Project names may not contain quotes'],
    ['a"b', 'Project names may not contain quotes'],
    ['*', 'Reserved project name'],
    ['..', 'Invalid project name ".."'],
  ])('refuses %j', (name, message) => {
    expect(validateProjectName(name)).toBe(message);
  });

  it.each(['staging', 'Team.A', '1st', 'a-b'])('accepts %j', (name) => {
    expect(validateProjectName(name)).toBeUndefined();
  });
});

describe('checkConfigValue', () => {
  it('takes uint32 counts', () => {
    expect(checkConfigValue({ check: 'count' }, '3')).toBeUndefined();
    expect(checkConfigValue({ check: 'count' }, '-1')).toMatch(/whole number/);
    expect(checkConfigValue({ check: 'count' }, '4294967296')).toMatch(/whole number/);
    expect(checkConfigValue({ check: 'count' }, '')).toBeUndefined();
  });

  it('takes byte sizes as LXD spells them (seen on LXD 5.0.2)', () => {
    for (const ok of ['1000', '1kB', '8GiB', '1EiB']) expect(checkConfigValue({ check: 'size' }, ok)).toBeUndefined();
    for (const bad of ['1.5GiB', '512 MiB', '512mib', '1G', '10%']) expect(checkConfigValue({ check: 'size' }, bad)).toMatch(/bytes/);
  });
});
