/**
 * The composed wall (`#/wall?servers=all`, `#/wall/project/<p>?servers=…`): this server's wall and
 * the walls of other servers listed at build time (`LXDECK_WALL_SERVERS`), each in a frame. Pure:
 * which servers, in which order, at which address, in how many columns.
 */

export interface WallServers {
  /** Origins to show, this server's first. Empty when the wall is not composed. */
  origins: string[];
  problems: string[];
}

/** `lxd2.example.net:8443`, `https://lxd2.example.net:8443` or the bare host name of a listed server. */
function matches(entry: string, origin: string): boolean {
  const url = new URL(origin);
  const wanted = entry.trim().toLowerCase().replace(/\/+$/, '');
  return wanted === origin || wanted === url.host || wanted === url.hostname;
}

/**
 * The servers a `servers` parameter asks for: `all`, or names of listed servers (comma-separated,
 * as origin, `host:port` or host). Only servers listed at build time can be framed (the page's
 * policy allows no other); a name that is not listed is said on screen.
 */
export function parseWallServers(param: string | null, own: string, listed: readonly string[]): WallServers {
  if (param === null) return { origins: [], problems: [] };
  const others = listed.filter((origin) => origin !== own);
  const problems: string[] = [];
  let chosen: string[];
  const entries = param.split(',').map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0 || entries.includes('all')) {
    chosen = others;
  } else {
    chosen = [];
    for (const entry of entries) {
      if (matches(entry, own)) continue;
      const found = others.find((origin) => matches(entry, origin));
      if (found) {
        if (!chosen.includes(found)) chosen.push(found);
      } else {
        problems.push(`Server "${entry}" is not one of this build's wall servers (${others.length > 0 ? others.join(', ') : 'none: set LXDECK_WALL_SERVERS when building'})`);
      }
    }
  }
  if (others.length === 0) problems.push('This build lists no other servers (LXDECK_WALL_SERVERS at build time): only this server is shown');
  return { origins: [own, ...chosen], problems };
}

/** The wall parameters a framed wall takes over from the composed one. */
const PASSED_ON = ['tiles', 'theme', 'rotate'] as const;

/**
 * A server's framed wall: read-only (the framed page forces it anyway), `embed=1` (no burn-in
 * shift of its own: the composed wall moves as a whole), the same project, tiles, theme, rotation.
 */
export function wallFrameUrl(origin: string, project: string | undefined, search: URLSearchParams): string {
  const params = new URLSearchParams({ embed: '1' });
  for (const name of PASSED_ON) {
    const value = search.get(name);
    if (value !== null) params.set(name, value);
  }
  const route = project ? `/wall/project/${encodeURIComponent(project)}` : '/wall';
  return `${origin}/ui/?readonly=1#${route}?${params.toString()}`;
}

/** Whether the address asks for a framed wall's layout (`embed=1`). */
export const isEmbedded = (search: URLSearchParams) => search.get('embed') === '1';

/**
 * Whether the address shows a composed wall at the top of the page (`#/wall?servers=…`, not
 * embedded, not framed). That page only holds frames: each framed wall, this server's too, reads
 * and listens for itself, so the page itself opens no events socket and reads nothing early.
 */
export function composesWalls(hash: string, framed: boolean): boolean {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?');
  if (framed || !/^\/wall(?:\/project\/[^/]+)?\/?$/.test(path)) return false;
  const query = new URLSearchParams(search);
  return query.has('servers') && !isEmbedded(query);
}

/**
 * Columns of the composed wall: two servers side by side (each keeps the full height its lists
 * are cut to, and loses a column of tiles), three in a row, then a square-ish grid.
 */
export function wallColumns(count: number): number {
  if (count <= 3) return Math.max(1, count);
  return Math.ceil(Math.sqrt(count));
}
