import { describe, expect, it } from 'vitest';
import { projectOfHash, restrictedRedirect } from './restrictedRoute';

describe('projectOfHash', () => {
  it('reads the project of a hash route', () => {
    expect(projectOfHash('#/project/p1/instances?q=web')).toBe('p1');
    expect(projectOfHash('#/project/my%20proj/instance/c1/logs')).toBe('my proj');
    expect(projectOfHash('#/')).toBeNull();
    expect(projectOfHash('')).toBeNull();
  });
});

describe('restrictedRedirect', () => {
  it('sends a certificate away from projects it may not use', () => {
    expect(restrictedRedirect('#/project/default/instances', ['p1'])).toBe('#/project/p1/instances');
    expect(restrictedRedirect('#/project/other/operations', ['b', 'a'])).toBe('#/project/b/instances');
  });

  it('replaces the default landing when the default project is not allowed', () => {
    expect(restrictedRedirect('', ['p1'])).toBe('#/project/p1/instances');
    expect(restrictedRedirect('#/', ['p1'])).toBe('#/project/p1/instances');
    expect(restrictedRedirect('#/', ['default', 'p1'])).toBeNull();
  });

  it('leaves allowed routes alone, and has nowhere to go without projects', () => {
    expect(restrictedRedirect('#/project/p1/instance/c1', ['p1'])).toBeNull();
    expect(restrictedRedirect('#/project/default/instances', [])).toBeNull();
  });
});
