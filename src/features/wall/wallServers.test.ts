import { describe, expect, it } from 'vitest';
import { composesWalls, parseWallServers, wallColumns, wallFrameUrl } from './wallServers';

const own = 'https://lxd1.example.net:8443';
const listed = [own, 'https://lxd2.example.net:8443', 'https://lxd3.example.net'];

describe('parseWallServers', () => {
  it('is not composed without the parameter', () => {
    expect(parseWallServers(null, own, listed)).toEqual({ origins: [], problems: [] });
  });

  it('takes every listed server for `all`, this one first and once', () => {
    expect(parseWallServers('all', own, listed).origins).toEqual([own, 'https://lxd2.example.net:8443', 'https://lxd3.example.net']);
  });

  it('names servers by origin, host:port or host, and says which are not listed', () => {
    const parsed = parseWallServers('lxd3.example.net, lxd2.example.net:8443,https://evil.example.net,lxd1.example.net:8443', own, listed);
    expect(parsed.origins).toEqual([own, 'https://lxd3.example.net', 'https://lxd2.example.net:8443']);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toContain('"https://evil.example.net" is not one of');
  });

  it('says so when the build lists no other server', () => {
    const parsed = parseWallServers('all', own, []);
    expect(parsed.origins).toEqual([own]);
    expect(parsed.problems[0]).toContain('LXDECK_WALL_SERVERS');
  });
});

describe('wallFrameUrl', () => {
  it('asks for the embedded, read-only wall of the same project with the same tiles and theme', () => {
    const search = new URLSearchParams('servers=all&tiles=instances,events&theme=light&other=x');
    expect(wallFrameUrl('https://lxd2.example.net:8443', 'web shop', search)).toBe(
      'https://lxd2.example.net:8443/ui/?readonly=1#/wall/project/web%20shop?embed=1&tiles=instances%2Cevents&theme=light',
    );
    expect(wallFrameUrl('https://lxd2.example.net:8443', undefined, new URLSearchParams('rotate=30s'))).toBe(
      'https://lxd2.example.net:8443/ui/?readonly=1#/wall?embed=1&rotate=30s',
    );
  });
});

describe('wallColumns', () => {
  it('puts up to three servers in a row, more in a grid', () => {
    expect([1, 2, 3, 4, 5, 9].map(wallColumns)).toEqual([1, 2, 3, 2, 3, 3]);
  });
});

describe('composesWalls', () => {
  it('is a wall address with `servers`, at the top of the page and not embedded', () => {
    expect(composesWalls('#/wall?servers=all', false)).toBe(true);
    expect(composesWalls('#/wall/project/p?servers=lxd2:8443&theme=light', false)).toBe(true);
    expect(composesWalls('#/wall/project/p', false)).toBe(false);
    expect(composesWalls('#/wall?servers=all&embed=1', false)).toBe(false);
    expect(composesWalls('#/wall?servers=all', true)).toBe(false);
    expect(composesWalls('#/project/p/instances?servers=all', false)).toBe(false);
  });
});
