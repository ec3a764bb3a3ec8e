import { describe, expect, it } from 'vitest';
import { activeSection } from './activeSection';

describe('activeSection', () => {
  it.each([
    ['/project/default/instances', 'instances'],
    ['/project/default/instances/create', 'instances'],
    ['/project/default/instance/web-1', 'instances'],
    ['/project/default/instance/web-1/terminal', 'instances'],
    ['/project/staging/profiles', 'profiles'],
    ['/project/staging/profiles/create', 'profiles'],
    ['/project/staging/profile/small', 'profiles'],
    ['/project/staging/profile/small/configuration', 'profiles'],
    ['/projects', 'projects'],
    ['/projects/create', 'projects'],
    ['/project/staging/projects', 'projects'],
    ['/project/staging/settings', 'projects'],
    ['/project/default/operations', 'operations'],
    ['/project/default/images', 'images'],
    ['/project/default/image/abc123/aliases', 'images'],
    ['/image-servers', 'images'],
    ['/image-server/images', 'images'],
    ['/project/default/server', 'server'],
    ['/server', 'server'],
    ['/server/warnings', 'server'],
    ['/servers', 'server'],
  ])('%s belongs to %s', (pathname, section) => {
    expect(activeSection(pathname)).toBe(section);
  });

  it.each(['/', '/project/default', '/project/default/nowhere', '/elsewhere'])('%s belongs to no section', (pathname) => {
    expect(activeSection(pathname)).toBeUndefined();
  });
});
