import type { LxdRemote } from '@/api/imageServers/remotes';

/** `https://host:port` of an address, or undefined when it is not a URL. */
export function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** The server's own dashboard, which LXD serves at `/ui/` of its API address. */
export function dashboardUrl(url: string): string | undefined {
  const origin = originOf(url);
  return origin ? `${origin}/ui/` : undefined;
}

/** The address as `lxc remote add` writes it: `https://host:port`, no trailing slash. */
export const normaliseLxdUrl = (url: string) => new URL(url.trim()).origin;

/** The entry of the server this page is served by, if the list has one. */
export const currentRemote = (remotes: readonly LxdRemote[], origin: string) => remotes.find((remote) => originOf(remote.url) === origin);

/**
 * The entry added for the current server when the list has none: named after the server (as
 * `lxc` names remotes: no spaces, `:` or `/`), made unique among the names taken.
 */
export function remoteForCurrent(origin: string, serverName: string | undefined, taken: readonly string[]): LxdRemote {
  const base = (serverName || new URL(origin).hostname).replace(/[\s:/]+/g, '-').slice(0, 60) || 'this-server';
  let name = base;
  for (let index = 2; taken.includes(name); index += 1) name = `${base}-${index}`;
  return { name, url: origin, protocol: 'lxd' };
}
