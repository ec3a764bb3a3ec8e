import { connectSrcAllows } from './csp';
import { catalogueBase } from './remotes';
import { CatalogueFormatError, parseProducts, productsPaths, type CatalogueProduct } from './simplestreams';

/**
 * Why the page could not read a catalogue:
 * - `csp`: the page's Content-Security-Policy does not allow the server (the browser never asked it);
 * - `cors`: the server answers, but without CORS headers, so the browser hides the answer from the page;
 * - `unreachable`: no answer (down, wrong address, or a certificate this browser does not trust);
 * - `http`: it answered with an error status;
 * - `format`: it answered something that is not a simplestreams catalogue.
 */
export type CatalogueFailure = 'csp' | 'cors' | 'unreachable' | 'http' | 'format';

export class CatalogueError extends Error {
  constructor(
    readonly reason: CatalogueFailure,
    message: string,
    readonly url: string,
    /** For `csp`: the policy that refuses it. */
    readonly policy?: string,
  ) {
    super(message);
    this.name = 'CatalogueError';
  }
}

export interface Catalogue {
  products: CatalogueProduct[];
  /** Where it was read from: `browser` (straight from the server) or `lxd` (through LXD's image registries). */
  via: 'browser' | 'lxd';
  /** For `lxd`: the image registry LXD read it from. */
  registry?: string;
}

export interface PageContext {
  /** The page's origin, for `'self'`. */
  origin: string;
  /** The policies in force for the page (its `<meta>` tag, the header it was served with). */
  policies: () => Promise<string[]>;
  /** Subscribes to the page's CSP violations; returns an unsubscribe function. */
  onViolation?: (listener: (blockedUrl: string) => void) => () => void;
}

export interface FetchCatalogueOptions {
  signal?: AbortSignal;
  fetch?: typeof fetch;
  page: PageContext;
}

/** The page's own policy (the build's `<meta>`) and any policy header it was served with (LXD 6.5+). */
export function browserPageContext(): PageContext {
  let headerPolicy: Promise<string | null> | undefined;
  return {
    origin: window.location.origin,
    policies: async () => {
      const meta = document.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]')?.content;
      // Bounded: a catalogue must never wait on this probe.
      headerPolicy ??= fetch(window.location.href.split('#')[0] ?? '/', { method: 'HEAD', cache: 'no-store', signal: AbortSignal.timeout(3000) })
        .then((response) => response.headers.get('content-security-policy'))
        .catch(() => null);
      const header = await headerPolicy;
      return [meta, header].filter((policy): policy is string => Boolean(policy));
    },
    onViolation: (listener) => {
      const handler = (event: SecurityPolicyViolationEvent) => listener(event.blockedURI);
      document.addEventListener('securitypolicyviolation', handler);
      return () => document.removeEventListener('securitypolicyviolation', handler);
    },
  };
}

const sameOrigin = (a: string, b: string) => {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
};

async function readJson(url: string, options: FetchCatalogueOptions, violations: string[]): Promise<unknown> {
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: options.signal, cache: 'no-cache', credentials: 'omit' });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    // The page cannot see why a fetch failed; an opaque request tells "no CORS headers" from "no answer".
    let answered = false;
    try {
      await fetchImpl(url, { mode: 'no-cors', signal: options.signal, cache: 'no-store', credentials: 'omit' });
      answered = true;
    } catch {
      answered = false;
    }
    if (violations.some((blocked) => sameOrigin(blocked, url))) {
      throw new CatalogueError('csp', 'The page’s Content-Security-Policy does not allow it to connect to this server', url);
    }
    if (answered) {
      throw new CatalogueError('cors', 'The server answered without CORS headers (Access-Control-Allow-Origin), so the browser does not let the page read its catalogue', url);
    }
    throw new CatalogueError('unreachable', 'The server did not answer: it is down, the address is wrong, or this browser does not trust its certificate', url);
  }
  if (!response.ok) {
    throw new CatalogueError('http', `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${new URL(url).pathname}`, url);
  }
  try {
    return await response.json();
  } catch {
    throw new CatalogueError('format', `${new URL(url).pathname} is not JSON: not a simplestreams server`, url);
  }
}

/**
 * Reads a simplestreams catalogue straight from the browser: `streams/v1/index.json`, then each
 * products file it names, parsed once. Throws CatalogueError saying exactly why it cannot.
 */
export async function fetchCatalogue(serverUrl: string, options: FetchCatalogueOptions): Promise<Catalogue> {
  const base = catalogueBase(serverUrl);
  const indexUrl = new URL('streams/v1/index.json', base).toString();
  const policies = await options.page.policies();
  const refusing = policies.find((policy) => !connectSrcAllows(policy, indexUrl, options.page.origin));
  if (refusing !== undefined) {
    throw new CatalogueError('csp', 'The page’s Content-Security-Policy does not allow it to connect to this server', indexUrl, refusing);
  }
  const violations: string[] = [];
  const unsubscribe = options.page.onViolation?.((blocked) => violations.push(blocked));
  try {
    const index = await readJson(indexUrl, options, violations);
    const paths = wrapFormat(() => productsPaths(index), indexUrl);
    const products: CatalogueProduct[] = [];
    for (const path of paths) {
      const url = new URL(path, base).toString();
      const file = await readJson(url, options, violations);
      products.push(...wrapFormat(() => parseProducts(file), url));
    }
    return { products, via: 'browser' };
  } finally {
    unsubscribe?.();
  }
}

function wrapFormat<T>(read: () => T, url: string): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof CatalogueFormatError) throw new CatalogueError('format', error.message, url);
    throw error;
  }
}
