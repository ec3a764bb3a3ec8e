/**
 * Requests the page starts while its main script is still downloading.
 *
 * `src/early.ts` is a tiny script of its own, run before the main bundle has arrived: it reads the
 * address, starts the GETs the first screen needs, and leaves the pending responses on `window`.
 * The app's fetch takes each one once, for the same URL, instead of asking again. On a cold load
 * this overlaps LXD's answer with the download and start of the app.
 */

const DEFAULT_PROJECT = 'default';

/** The route part of a hash address: `#/project/p/instances?q=x` → `/project/p/instances`. */
function route(hash: string): string {
  return hash.replace(/^#/, '').split('?')[0] ?? '';
}

function decoded(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** The project whose instance list the address opens, if it opens one (`#/` redirects there). */
export function listProjectFromHash(hash: string): string | undefined {
  const path = route(hash);
  if (path === '' || path === '/') return DEFAULT_PROJECT;
  const match = /^\/project\/([^/]+)(?:\/instances)?\/?$/.exec(path);
  return match?.[1] ? decoded(match[1]) : undefined;
}

const q = (project: string) => encodeURIComponent(project);

/**
 * The GETs the first screen of this address needs, as the app's client writes them: the server
 * (every page waits for it), the projects (the switcher), and the list the page shows.
 */
export function earlyRequestPaths(hash: string): string[] {
  const paths = ['/1.0', '/1.0/projects?recursion=1'];
  const instances = listProjectFromHash(hash);
  if (instances !== undefined) paths.push(`/1.0/instances?project=${q(instances)}&recursion=1`);
  const section = /^\/project\/([^/]+)\/(profiles|images|networks|network-acls)\/?$/.exec(route(hash));
  const project = section?.[1] ? decoded(section[1]) : undefined;
  if (section && project !== undefined) paths.push(`/1.0/${section[2]}?project=${q(project)}&recursion=1`);
  return paths;
}

/** Path plus query with the parameters sorted, so `?recursion=1&project=p` matches `?project=p&recursion=1`. */
export function requestKey(url: string): string {
  const parsed = new URL(url, 'https://lxd.invalid');
  const params = [...parsed.searchParams.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${parsed.pathname}?${new URLSearchParams(params).toString()}`;
}

export type EarlyResponses = Map<string, Promise<Response | undefined>>;

interface EarlyWindow {
  /** Set by whichever runs first: the early script (its pending responses) or the app (empty). */
  __lxdeckEarly?: EarlyResponses;
}

/** Run by the early script: starts the requests unless the app already started without them. */
export function startEarlyRequests(target: EarlyWindow, hash: string, fetcher: typeof fetch): void {
  if (target.__lxdeckEarly) return;
  const responses: EarlyResponses = new Map();
  for (const path of earlyRequestPaths(hash)) {
    responses.set(
      requestKey(path),
      fetcher(path, { credentials: 'include' }).catch(() => undefined),
    );
  }
  target.__lxdeckEarly = responses;
}

/**
 * Run once by the app: a fetch that answers a GET with the early response for the same URL, once.
 * Only a success is used: a refusal (an untrusted browser, trusted a moment later) or a failure is
 * asked again. Responses nobody took are dropped after `keepMs`, so nothing stale is used later
 * and a page opened for days holds none of them.
 */
export function fetchWithEarlyResponses(target: EarlyWindow, fetcher: typeof fetch, keepMs = 10_000): typeof fetch {
  const responses = target.__lxdeckEarly ?? new Map();
  // Claimed: an early script that runs after this point starts nothing.
  target.__lxdeckEarly = responses;
  if (responses.size > 0) setTimeout(() => responses.clear(), keepMs);
  return async (input, init) => {
    if (responses.size > 0 && (init?.method ?? 'GET') === 'GET' && typeof input === 'string') {
      const key = requestKey(input);
      const early = responses.get(key);
      if (early) {
        responses.delete(key);
        const response = await early;
        if (response?.ok) return response;
      }
    }
    return fetcher(input, init);
  };
}
