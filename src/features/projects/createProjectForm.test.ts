import { describe, expect, it } from 'vitest';
import {
  buildCreateProjectBody,
  emptyProjectValues,
  fieldForProjectError,
  hasProjectInput,
  validateCreateProject,
  type CreateProjectValues,
} from './createProjectForm';
import { forServer, PROJECT_FEATURES } from './projectModel';

const FEATURES_5_0 = forServer(PROJECT_FEATURES, ['projects_networks']);
const FEATURES_NEWER = forServer(PROJECT_FEATURES, ['projects_networks', 'storage_buckets', 'network_zones']);

const values = (patch: Partial<CreateProjectValues>, features = FEATURES_5_0): CreateProjectValues => ({
  ...emptyProjectValues(features),
  ...patch,
});

describe('emptyProjectValues', () => {
  it('starts from LXD’s initial values: images, profiles and volumes on, networks off', () => {
    expect(emptyProjectValues(FEATURES_5_0).features).toEqual({
      'features.images': true,
      'features.profiles': true,
      'features.storage.volumes': true,
      'features.networks': false,
    });
  });

  it('has buckets on and zones off where the server has them', () => {
    const { features } = emptyProjectValues(FEATURES_NEWER);
    expect(features['features.storage.buckets']).toBe(true);
    expect(features['features.networks.zones']).toBe(false);
  });
});

describe('buildCreateProjectBody', () => {
  it('sends every feature the server has explicitly, and nothing it lacks', () => {
    const body = buildCreateProjectBody(values({ name: 'staging', description: 'Tests' }), FEATURES_5_0);
    expect(body).toEqual({
      name: 'staging',
      description: 'Tests',
      config: {
        'features.images': 'true',
        'features.profiles': 'true',
        'features.storage.volumes': 'true',
        'features.networks': 'false',
      },
    });
  });

  it('sends the limits that are set, trimmed', () => {
    const body = buildCreateProjectBody(
      values({ name: 'p', features: { 'features.images': false, 'features.networks': true }, limits: { 'limits.instances': ' 2 ', 'limits.memory': '', 'limits.disk': '10GiB' } }),
      FEATURES_5_0,
    );
    expect(body.config).toMatchObject({ 'features.images': 'false', 'features.networks': 'true', 'limits.instances': '2', 'limits.disk': '10GiB' });
    expect(body.config).not.toHaveProperty('limits.memory');
    // A feature missing from the values is off, not left to the server.
    expect(body.config['features.profiles']).toBe('false');
  });

  it('sends restrictions only for a restricted project', () => {
    const restrictions = { 'restricted.containers.nesting': 'allow', 'restricted.devices.gpu': '' };
    expect(buildCreateProjectBody(values({ name: 'p', restrictions }), FEATURES_5_0).config).not.toHaveProperty('restricted.containers.nesting');
    const restricted = buildCreateProjectBody(values({ name: 'p', restricted: true, restrictions }), FEATURES_5_0).config;
    expect(restricted).toMatchObject({ restricted: 'true', 'restricted.containers.nesting': 'allow' });
    expect(restricted).not.toHaveProperty('restricted.devices.gpu');
  });
});

describe('validateCreateProject', () => {
  it('checks the name as LXD does, and against the projects that exist', () => {
    expect(validateCreateProject(values({ name: 'a_b' }), { existing: [] }).name).toBe('Project names may not contain underscores');
    expect(validateCreateProject(values({ name: 'staging' }), { existing: ['default', 'staging'] }).name).toMatch(/already exists/);
    expect(validateCreateProject(values({ name: 'ok' }), { existing: ['default'] })).toEqual({});
  });

  it('checks limits and, for a restricted project only, restriction values', () => {
    const errors = validateCreateProject(values({ name: 'p', limits: { 'limits.instances': 'x', 'limits.memory': '1.5GiB' } }), { existing: [] });
    expect(Object.keys(errors).sort()).toEqual(['limits.instances', 'limits.memory']);
  });

  it('refuses a restricted project without its own profiles, as LXD does', () => {
    const errors = validateCreateProject(values({ name: 'p', restricted: true, features: { 'features.profiles': false } }), { existing: [] });
    expect(errors.restricted).toMatch(/without their own profiles cannot be restricted/);
  });
});

describe('hasProjectInput', () => {
  it('is false for the untouched form and true after any change', () => {
    expect(hasProjectInput(values({}), FEATURES_5_0)).toBe(false);
    expect(hasProjectInput(values({ name: 'x' }), FEATURES_5_0)).toBe(true);
    expect(hasProjectInput(values({ features: { ...emptyProjectValues(FEATURES_5_0).features, 'features.networks': true } }), FEATURES_5_0)).toBe(true);
    expect(hasProjectInput(values({ limits: { 'limits.cpu': '4' } }), FEATURES_5_0)).toBe(true);
  });
});

describe('fieldForProjectError (messages seen from LXD 5.0.2)', () => {
  it.each([
    ['Invalid project configuration key "limits.memory" value: Invalid value: 1.5GiB', 'limits.memory'],
    ['Invalid project configuration key "features.storage.buckets"', 'features.storage.buckets'],
    ['Project names may not contain underscores', 'name'],
    ['Failed creating project "k": Failed adding database record: This "projects" entry already exists', 'name'],
    ['Projects without their own profiles cannot be restricted', 'restricted'],
    ['Something else went wrong', undefined],
  ])('%s -> %s', (message, field) => {
    expect(fieldForProjectError(message)).toBe(field);
  });
});
