import { describe, expect, it } from 'vitest';
import { validateLxdUrl } from '@/api/imageServers/remotes';
import { currentRemote, dashboardUrl, normaliseLxdUrl, remoteForCurrent } from './serverListModel';

describe('the servers list', () => {
  it('opens each server at its own /ui/', () => {
    expect(dashboardUrl('https://127.0.0.1:8443')).toBe('https://127.0.0.1:8443/ui/');
    expect(dashboardUrl('https://lxd.example.com')).toBe('https://lxd.example.com/ui/');
    expect(dashboardUrl('not a url')).toBeUndefined();
  });

  it('takes https addresses of a host and port only', () => {
    expect(validateLxdUrl('https://lxd.example.com:8443')).toBeUndefined();
    expect(validateLxdUrl('https://lxd.example.com:8443/')).toBeUndefined();
    expect(validateLxdUrl('http://lxd.example.com')).toMatch(/HTTPS/);
    expect(validateLxdUrl('https://lxd.example.com/ui/')).toMatch(/Only/);
    expect(validateLxdUrl('')).toMatch(/Enter/);
    expect(normaliseLxdUrl(' https://LXD.example.com:8443/ ')).toBe('https://lxd.example.com:8443');
  });

  it('finds the current server by its origin, and names a new entry for it', () => {
    const remotes = [{ name: 'a', url: 'https://127.0.0.1:8443', protocol: 'lxd' as const }];
    expect(currentRemote(remotes, 'https://127.0.0.1:8443')?.name).toBe('a');
    expect(currentRemote(remotes, 'https://127.0.0.1:9443')).toBeUndefined();
    expect(remoteForCurrent('https://127.0.0.1:9443', 'my host', ['a'])).toEqual({ name: 'my-host', url: 'https://127.0.0.1:9443', protocol: 'lxd' });
    expect(remoteForCurrent('https://127.0.0.1:9443', 'a', ['a', 'a-2'])).toMatchObject({ name: 'a-3' });
    expect(remoteForCurrent('https://lxd.example.com', undefined, [])).toMatchObject({ name: 'lxd.example.com' });
  });
});
