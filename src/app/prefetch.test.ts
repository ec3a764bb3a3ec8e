import { describe, expect, it } from 'vitest';
import { listProjectFromHash } from './prefetch';

describe('listProjectFromHash', () => {
  it.each([
    ['', 'default'],
    ['#/', 'default'],
    ['#/project/staging/instances', 'staging'],
    ['#/project/staging/instances?q=web&sort=created', 'staging'],
    ['#/project/my%20p', 'my p'],
  ])('%s opens the list of %s', (hash, project) => {
    expect(listProjectFromHash(hash)).toBe(project);
  });

  it.each(['#/project/p/instance/web', '#/project/p/operations', '#/project/%E0%A4%A/instances'])(
    '%s opens something else',
    (hash) => {
      expect(listProjectFromHash(hash)).toBeUndefined();
    },
  );
});
