/**
 * Does a Content-Security-Policy let the page fetch a URL (`connect-src`, else `default-src`)?
 * Pure, for the policies the page can see: its own `<meta>` tag and the header LXD 6.5+ sends.
 * Knows the source forms policies use here: `'self'`, `'none'`, `*`, schemes (`https:`) and hosts
 * with optional scheme, `*.` wildcard, port (or `:*`) and path.
 */
export function connectSrcAllows(policy: string, target: string, selfOrigin: string): boolean {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
  }
  const sources = directives.get('connect-src') ?? directives.get('default-src');
  if (!sources) return true;
  let url: URL;
  let self: URL;
  try {
    url = new URL(target);
    self = new URL(selfOrigin);
  } catch {
    return false;
  }
  return sources.some((source) => sourceMatches(source, url, self));
}

const DEFAULT_PORTS: Record<string, string> = { 'https:': '443', 'http:': '80', 'wss:': '443', 'ws:': '80' };
const portOf = (url: URL) => url.port || DEFAULT_PORTS[url.protocol] || '';

function sourceMatches(source: string, url: URL, self: URL): boolean {
  const lower = source.toLowerCase();
  if (lower === "'none'") return false;
  if (lower === "'self'") return url.origin === self.origin;
  if (lower === '*') return ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol);
  if (/^[a-z][a-z0-9+.-]*:$/.test(lower)) return url.protocol === lower || (lower === 'http:' && url.protocol === 'https:');
  if (lower.startsWith("'")) return false;
  const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([^/:]+|\*)(?::(\d+|\*))?(\/.*)?$/.exec(lower);
  if (!match) return false;
  const [, scheme, wildcard, host, port, path] = match;
  if (scheme && `${scheme}:` !== url.protocol && !(scheme === 'http' && url.protocol === 'https:')) return false;
  if (!scheme && url.protocol !== self.protocol && !(self.protocol === 'http:' && url.protocol === 'https:')) return false;
  const hostname = url.hostname.toLowerCase();
  if (host !== '*') {
    if (wildcard ? !hostname.endsWith(`.${host}`) : hostname !== host) return false;
  }
  if (port !== '*') {
    const wanted = port ?? DEFAULT_PORTS[scheme ? `${scheme}:` : url.protocol];
    if (wanted !== portOf(url)) return false;
  }
  if (path && path !== '/') {
    return path.endsWith('/') ? url.pathname.startsWith(path) : url.pathname === path;
  }
  return true;
}

/** The origins (scheme://host[:port]) of image-server URLs, for a policy's connect-src. */
export function originsOf(urls: readonly string[]): string[] {
  const origins: string[] = [];
  for (const url of urls) {
    try {
      const origin = new URL(url.trim()).origin;
      if (origin !== 'null' && !origins.includes(origin)) origins.push(origin);
    } catch {
      // not a URL: ignored
    }
  }
  return origins;
}
