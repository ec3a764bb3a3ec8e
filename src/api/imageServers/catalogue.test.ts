import { describe, expect, it } from 'vitest';
import { CatalogueError, fetchCatalogue, type PageContext } from './catalogue';

const INDEX = { format: 'index:1.0', index: { images: { datatype: 'image-downloads', path: 'streams/v1/images.json' } } };
const IMAGES = {
  products: {
    'busybox:1.35:amd64:default': {
      aliases: 'busybox',
      arch: 'amd64',
      os: 'Busybox',
      release: '1.35',
      variant: 'default',
      versions: { '20261122_00:00': { items: { 'lxd_combined.tar.gz': { ftype: 'lxd_combined.tar.gz', size: 10, sha256: 'f' } } } },
    },
  },
};

const page = (policies: string[] = ["connect-src 'self' https://images.example"], violations: string[] = []): PageContext => ({
  origin: 'https://lxd.example:8443',
  policies: () => Promise.resolve(policies),
  onViolation: (listener) => {
    // A violation the browser reports while the request fails.
    queueMicrotask(() => violations.forEach(listener));
    return () => {};
  },
});

type Behaviour = (url: string, init: RequestInit | undefined) => Promise<Response>;
const fakeFetch = (behaviour: Behaviour) => ((input: RequestInfo | URL, init?: RequestInit) => behaviour(String(input), init)) as typeof fetch;
const json = (body: unknown, status = 200) => Promise.resolve(new Response(JSON.stringify(body), { status }));

async function failure(promise: Promise<unknown>): Promise<CatalogueError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CatalogueError) return error;
    throw error;
  }
  throw new Error('expected a CatalogueError');
}

describe('fetchCatalogue', () => {
  it('reads the index, then the products file it names, against the server’s base', async () => {
    const asked: string[] = [];
    const catalogue = await fetchCatalogue('https://images.example/releases', {
      page: page(),
      fetch: fakeFetch((url) => {
        asked.push(url);
        return url.endsWith('index.json') ? json(INDEX) : json(IMAGES);
      }),
    });
    expect(asked).toEqual(['https://images.example/releases/streams/v1/index.json', 'https://images.example/releases/streams/v1/images.json']);
    expect(catalogue.products.map((product) => product.id)).toEqual(['busybox:1.35:amd64:default']);
    expect(catalogue.via).toBe('browser');
  });

  it('says the page’s policy refuses a server before asking it', async () => {
    let asked = false;
    const error = await failure(
      fetchCatalogue('https://other.example/', {
        page: page(),
        fetch: fakeFetch(() => {
          asked = true;
          return json(INDEX);
        }),
      }),
    );
    expect(error.reason).toBe('csp');
    expect(asked).toBe(false);
  });

  it('tells "no CORS headers" (an opaque request succeeds) from "no answer"', async () => {
    const cors = await failure(
      fetchCatalogue('https://images.example/', {
        page: page(),
        fetch: fakeFetch((_url, init) => (init?.mode === 'no-cors' ? Promise.resolve(new Response(null, { status: 200 })) : Promise.reject(new TypeError('Failed to fetch')))),
      }),
    );
    expect(cors.reason).toBe('cors');
    const down = await failure(
      fetchCatalogue('https://images.example/', { page: page(), fetch: fakeFetch(() => Promise.reject(new TypeError('Failed to fetch'))) }),
    );
    expect(down.reason).toBe('unreachable');
  });

  it('counts a policy violation the browser reports (a policy the page cannot read) as the policy', async () => {
    const error = await failure(
      fetchCatalogue('https://images.example/', {
        page: page(["connect-src 'self' https://images.example"], ['https://images.example/streams/v1/index.json']),
        fetch: fakeFetch(() => Promise.reject(new TypeError('Failed to fetch'))),
      }),
    );
    expect(error.reason).toBe('csp');
  });

  it('reports error statuses and answers that are not a catalogue', async () => {
    expect((await failure(fetchCatalogue('https://images.example/', { page: page(), fetch: fakeFetch(() => json({}, 404)) }))).reason).toBe('http');
    expect((await failure(fetchCatalogue('https://images.example/', { page: page(), fetch: fakeFetch(() => Promise.resolve(new Response('<html>'))) }))).reason).toBe('format');
    expect((await failure(fetchCatalogue('https://images.example/', { page: page(), fetch: fakeFetch(() => json({ hello: 1 })) }))).message).toMatch(/not a simplestreams server/);
  });
});
