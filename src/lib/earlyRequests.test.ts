import { describe, expect, it, vi } from 'vitest';
import { earlyRequestPaths, fetchWithEarlyResponses, listProjectFromHash, requestKey, startEarlyRequests } from './earlyRequests';

describe('listProjectFromHash', () => {
  it.each([
    ['', 'default'],
    ['#/', 'default'],
    ['#/project/staging/instances', 'staging'],
    ['#/project/staging/instances?q=web&sort=created', 'staging'],
    ['#/project/my%20p', 'my p'],
  ])('%s opens the list of %s', (hash, project) => {
    expect(listProjectFromHash(hash)).toBe(project);
  });

  it.each(['#/project/p/instance/web', '#/project/p/operations', '#/project/%E0%A4%A/instances'])(
    '%s opens something else',
    (hash) => {
      expect(listProjectFromHash(hash)).toBeUndefined();
    },
  );
});

describe('earlyRequestPaths', () => {
  it('asks for the server and the projects on every page, and for the list the address opens', () => {
    expect(earlyRequestPaths('#/project/default/operations')).toEqual(['/1.0', '/1.0/projects?recursion=1']);
    expect(earlyRequestPaths('')).toContain('/1.0/instances?project=default&recursion=1');
    expect(earlyRequestPaths('#/project/my%20p/instances?q=x')).toContain('/1.0/instances?project=my%20p&recursion=1');
    expect(earlyRequestPaths('#/project/p/profiles')).toContain('/1.0/profiles?project=p&recursion=1');
    expect(earlyRequestPaths('#/project/p/networks')).toContain('/1.0/networks?project=p&recursion=1');
    expect(earlyRequestPaths('#/project/p/network-acls')).toContain('/1.0/network-acls?project=p&recursion=1');
    expect(earlyRequestPaths('#/project/p/images?sort=size')).toContain('/1.0/images?project=p&recursion=1');
    expect(earlyRequestPaths('#/project/p/profile/web')).toHaveLength(2);
  });

  it('writes each list as the client does (same key)', () => {
    expect(requestKey('/1.0/instances?recursion=1&project=a%20b')).toBe(requestKey('/1.0/instances?project=a+b&recursion=1'));
    expect(requestKey('/1.0/instances?project=a&recursion=1')).not.toBe(requestKey('/1.0/instances?project=b&recursion=1'));
  });
});

describe('early responses', () => {
  const ok = (body: string) => new Response(body, { status: 200 });

  it('answers the first GET of a URL with the early response, later ones from the network', async () => {
    const target: Parameters<typeof startEarlyRequests>[0] = {};
    const early = vi.fn(async (input: RequestInfo | URL) => ok(`early ${String(input)}`));
    startEarlyRequests(target, '#/project/p/profiles', early as typeof fetch);
    expect(early).toHaveBeenCalledTimes(3);

    const network = vi.fn(async () => ok('network'));
    const appFetch = fetchWithEarlyResponses(target, network as typeof fetch);
    expect(await (await appFetch('/1.0/profiles?recursion=1&project=p')).text()).toBe('early /1.0/profiles?project=p&recursion=1');
    expect(network).not.toHaveBeenCalled();
    expect(await (await appFetch('/1.0/profiles?recursion=1&project=p')).text()).toBe('network');
    expect(await (await appFetch('/1.0', { method: 'PATCH' })).text()).toBe('network');
  });

  it('asks again when the early request failed', async () => {
    const target: Parameters<typeof startEarlyRequests>[0] = {};
    startEarlyRequests(target, '#/project/p/operations', (async () => {
      throw new TypeError('offline');
    }) as typeof fetch);
    const appFetch = fetchWithEarlyResponses(target, (async () => ok('network')) as typeof fetch);
    expect(await (await appFetch('/1.0')).text()).toBe('network');
  });

  it('asks again when the early request was refused (a browser trusted since)', async () => {
    const target: Parameters<typeof startEarlyRequests>[0] = {};
    startEarlyRequests(target, '', (async () => new Response('{}', { status: 403 })) as typeof fetch);
    const appFetch = fetchWithEarlyResponses(target, (async () => ok('network')) as typeof fetch);
    expect(await (await appFetch('/1.0/projects?recursion=1')).text()).toBe('network');
  });

  it('starts nothing once the app has started without it', () => {
    const target: Parameters<typeof startEarlyRequests>[0] = {};
    fetchWithEarlyResponses(target, fetch);
    const early = vi.fn();
    startEarlyRequests(target, '', early as typeof fetch);
    expect(early).not.toHaveBeenCalled();
  });

  it('drops responses nobody took', async () => {
    vi.useFakeTimers();
    try {
      const target: Parameters<typeof startEarlyRequests>[0] = {};
      startEarlyRequests(target, '', (async () => ok('early')) as typeof fetch);
      const appFetch = fetchWithEarlyResponses(target, (async () => ok('network')) as typeof fetch, 1000);
      vi.advanceTimersByTime(1000);
      expect(await (await appFetch('/1.0')).text()).toBe('network');
    } finally {
      vi.useRealTimers();
    }
  });
});
