import { describe, expect, it, vi } from 'vitest';
import {
  dropEarlyResponses,
  earlyPageFiles,
  earlyRequestPaths,
  fetchWithEarlyResponses,
  lastEarlyResponseUse,
  listProjectFromHash,
  previewPaths,
  previewedList,
  requestKey,
  startEarlyRequests,
  takeEarlyAnswer,
  wallFollowUpPaths,
  wallOperationPaths,
  wallPoolPaths,
  NAMES_FIRST_SOCKET_WAIT_MS,
} from './earlyRequests';

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
  it('asks for the server on every page, the list the address opens, and the projects only where the first screen is drawn from them', () => {
    expect(earlyRequestPaths('#/project/default/operations')).toEqual(['/1.0']);
    expect(earlyRequestPaths('#/?sort=status')).toContain('/1.0/instances?project=default&recursion=1');
    expect(earlyRequestPaths('#/project/my%20p/instances?q=x')).toContain('/1.0/instances?project=my%20p&recursion=1');
    expect(earlyRequestPaths('#/project/p/profiles?sort=description')).toContain('/1.0/profiles?project=p&recursion=1');
    // At their default view the instance and profile lists show a preview first and are asked for after it.
    expect(earlyRequestPaths('#/project/p/profiles')).toHaveLength(2);
    expect(earlyRequestPaths('')).toHaveLength(2);
    expect(earlyRequestPaths('#/project/p/instances')).toHaveLength(2);
    // A pool's Volumes tab: the volumes' names; the projects (about 400 ms of LXD 5.0's
    // CPU beside 500 volumes) wait for the project switcher.
    // Nor the pool itself (its `used_by`): the tab reads it after its first screen.
    expect(earlyRequestPaths('#/project/p/storage/pool/my%20pool/volumes')).toEqual(['/1.0', '/1.0/storage-pools/my%20pool/volumes?project=p']);
    expect(earlyRequestPaths('#/project/p/storage/pool/x/configuration')).toEqual(['/1.0']);
    // The network list reads names first, and groups them by the project's `used_by`.
    expect(earlyRequestPaths('#/project/p/networks')).toEqual(['/1.0', '/1.0/networks?project=p', '/1.0/projects?recursion=1']);
    expect(earlyRequestPaths('#/projects')).toEqual(['/1.0', '/1.0/projects?recursion=1']);
    expect(earlyRequestPaths('#/project/p/network-acls')).toContain('/1.0/network-acls?project=p&recursion=1');
    expect(earlyRequestPaths('#/project/p/images?sort=size')).toContain('/1.0/images?project=p&recursion=1');
    // The image list's preview: the fingerprints and the aliases, which pick its first screenful.
    expect(earlyRequestPaths('#/project/p/images')).toEqual(['/1.0', '/1.0/images?project=p', '/1.0/images/aliases?project=p&recursion=1']);
    expect(earlyRequestPaths('#/project/p/profile/web')).toEqual(['/1.0']);
    expect(earlyRequestPaths('#/?sort=status')).toEqual(['/1.0', '/1.0/instances?project=default&recursion=1']);
  });

  it('on a project’s wall, asks for its instances and metrics (as its tiles do), not the projects', () => {
    expect(earlyRequestPaths('#/wall/project/my%20p')).toEqual(['/1.0', '/1.0/instances?project=my%20p&recursion=1', '/1.0/metrics?project=my%20p']);
    expect(earlyRequestPaths('#/wall/project/p?tiles=health,top')).toEqual(['/1.0', '/1.0/metrics?project=p']);
    expect(earlyRequestPaths('#/wall/project/p?tiles=attention&theme=light')).toEqual(['/1.0', '/1.0/instances?project=p&recursion=1']);
    // Every project's wall starts from the projects.
    expect(earlyRequestPaths('#/wall?rotate=30s')).toEqual(['/1.0', '/1.0/projects?recursion=1']);
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
    startEarlyRequests(target, '#/project/p/network-acls', early as typeof fetch);
    expect(early).toHaveBeenCalledTimes(2);

    const network = vi.fn(async () => ok('network'));
    const appFetch = fetchWithEarlyResponses(target, network as typeof fetch);
    expect(await (await appFetch('/1.0/network-acls?recursion=1&project=p')).text()).toBe('early /1.0/network-acls?project=p&recursion=1');
    expect(network).not.toHaveBeenCalled();
    expect(await (await appFetch('/1.0/network-acls?recursion=1&project=p')).text()).toBe('network');
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

  it('says whether an answer the app took may predate the events socket', async () => {
    const before: Parameters<typeof startEarlyRequests>[0] = {};
    startEarlyRequests(before, '', (async () => ok('early')) as typeof fetch);
    await fetchWithEarlyResponses(before, fetch)('/1.0');
    const tookAt = lastEarlyResponseUse();
    expect(tookAt).toBeGreaterThan(0);

    // Sent once the socket was open: as good as a read the app sends itself.
    const after: Parameters<typeof startEarlyRequests>[0] = {};
    startEarlyRequests(after, '', (async () => ok('early')) as typeof fetch, { isOpen: () => true, whenOpen: (then) => then() });
    expect(await (await fetchWithEarlyResponses(after, fetch)('/1.0')).text()).toBe('early');
    expect(lastEarlyResponseUse()).toBe(tookAt);
  });

  it('waits longer for the events socket on a list read by name, whose names would otherwise be read twice', () => {
    const waits = (hash: string) => {
      const asked: (number | undefined)[] = [];
      startEarlyRequests({}, hash, (async () => ok('{}')) as typeof fetch, { isOpen: () => false, whenOpen: (_then, waitMs) => asked.push(waitMs) });
      return asked;
    };
    expect(waits('#/project/p/networks')).toEqual([NAMES_FIRST_SOCKET_WAIT_MS]);
    expect(waits('#/project/p/storage/pool/x/volumes')).toEqual([NAMES_FIRST_SOCKET_WAIT_MS]);
    // Elsewhere the usual wait: the page's own reads stay in the cache, and the bundle is close.
    expect(waits('#/project/p/network-acls')).toEqual([undefined]);
    expect(waits('#/wall/project/p')).toEqual([undefined]);
  });

  it('waits for the events socket, but for a previewed list', async () => {
    let open = false;
    const waiting: (() => void)[] = [];
    const socket = { isOpen: () => open, whenOpen: (then: () => void) => waiting.push(then) };
    const acls: Parameters<typeof startEarlyRequests>[0] = {};
    const early = vi.fn(async (input: RequestInfo | URL) => ok(String(input) === '/1.0/projects?recursion=1' ? '{"metadata":[]}' : 'early'));
    startEarlyRequests(acls, '#/project/p/network-acls', early as typeof fetch, socket);
    // The ACL list stays in the app's cache: a second read would cost more than the wait.
    expect(early).not.toHaveBeenCalled();
    open = true;
    waiting.splice(0).forEach((then) => then());
    expect(early.mock.calls.map(([input]) => String(input))).toEqual(['/1.0', '/1.0/network-acls?project=p&recursion=1']);

    // The instance list's first screen: the server and the names at once, then a screenful.
    open = false;
    const instances: Parameters<typeof startEarlyRequests>[0] = { innerHeight: 320 };
    const names = vi.fn(async (input: RequestInfo | URL) =>
      String(input) === '/1.0/instances?project=p' ? ok('{"metadata":["/1.0/instances/web?project=p"]}') : ok('early'),
    );
    startEarlyRequests(instances, '#/project/p/instances', names as typeof fetch, socket);
    await vi.waitFor(() => expect(names).toHaveBeenCalledTimes(3));
    expect(names.mock.calls.map(([input]) => String(input))).toEqual(['/1.0', '/1.0/instances?project=p', '/1.0/instances/web?project=p']);
    expect(waiting).toHaveLength(0);

    // The image list's: the server, the fingerprints and the aliases at once, then a screenful
    // picked by alias (`firstImages`) once both are in.
    const imageList: Parameters<typeof startEarlyRequests>[0] = { innerHeight: 320 };
    const fingerprints = Array.from({ length: 12 }, (_, i) => `f${String(i).padStart(2, '0')}`.padEnd(64, '0'));
    const byAlias = vi.fn(async (input: RequestInfo | URL) =>
      String(input) === '/1.0/images?project=p'
        ? ok(JSON.stringify({ metadata: fingerprints.map((fingerprint) => `/1.0/images/${fingerprint}?project=p`) }))
        : String(input) === '/1.0/images/aliases?project=p&recursion=1'
          ? ok(JSON.stringify({ metadata: [{ name: 'aaa', target: fingerprints[11] }, { name: 'zzz', target: fingerprints[0] }] }))
          : ok('early'),
    );
    startEarlyRequests(imageList, '#/project/p/images', byAlias as typeof fetch, socket);
    // 320 px: a screenful of 10; 'aaa' first, then the unaliased by short fingerprint, 'zzz' last.
    await vi.waitFor(() => expect(byAlias).toHaveBeenCalledTimes(13));
    expect(byAlias.mock.calls.slice(0, 4).map(([input]) => String(input))).toEqual([
      '/1.0',
      '/1.0/images?project=p',
      '/1.0/images/aliases?project=p&recursion=1',
      `/1.0/images/${fingerprints[11]}?project=p`,
    ]);
    expect(byAlias.mock.calls.map(([input]) => String(input))).not.toContain(`/1.0/images/${fingerprints[0]}?project=p`);
    expect(waiting).toHaveLength(0);

    // The profile list's: the server and the projects at once, then a screenful from their `used_by`.
    const profiles: Parameters<typeof startEarlyRequests>[0] = { innerHeight: 320 };
    const usedBy = vi.fn(async (input: RequestInfo | URL) =>
      String(input) === '/1.0/projects?recursion=1' ? ok('{"metadata":[{"name":"p","used_by":["/1.0/profiles/web?project=p"]}]}') : ok('early'),
    );
    startEarlyRequests(profiles, '#/project/p/profiles', usedBy as typeof fetch, socket);
    await vi.waitFor(() => expect(usedBy).toHaveBeenCalledTimes(3));
    expect(usedBy.mock.calls.map(([input]) => String(input))).toEqual(['/1.0', '/1.0/projects?recursion=1', '/1.0/profiles/web?project=p']);
    expect(waiting).toHaveLength(0);
    // Sent before the socket was open: the app hears that the answer may predate it.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2031-01-01T00:00:00Z'));
      await fetchWithEarlyResponses(instances, fetch)('/1.0');
      expect(lastEarlyResponseUse()).toBe(Date.now());
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not send a follow-up the app has already asked for itself', async () => {
    const target: Parameters<typeof startEarlyRequests>[0] = { innerHeight: 320 };
    let answerNames: (response: Response) => void = () => undefined;
    const early = vi.fn((input: RequestInfo | URL) =>
      String(input) === '/1.0/instances?project=p'
        ? new Promise<Response>((resolve) => (answerNames = resolve))
        : Promise.resolve(ok('early')),
    );
    startEarlyRequests(target, '#/project/p/instances', early as typeof fetch);
    // The app starts while the names are on their way, and reads the first instance itself.
    const network = vi.fn(async () => ok('network'));
    const appFetch = fetchWithEarlyResponses(target, network as typeof fetch);
    expect(await (await appFetch('/1.0/instances/a?project=p')).text()).toBe('network');
    answerNames(ok('{"metadata":["/1.0/instances/a?project=p","/1.0/instances/b?project=p"]}'));
    await vi.waitFor(() => expect(early).toHaveBeenCalledTimes(3));
    // The names' follow-ups: only what the app has not asked for.
    expect(early.mock.calls.map(([input]) => String(input))).toEqual(['/1.0', '/1.0/instances?project=p', '/1.0/instances/b?project=p']);
    // Once the first screen is in, nothing is noted any more.
    dropEarlyResponses(target);
    expect(target.__lxdeckAppAsked).toBeUndefined();
  });

  it('sends, once the socket opens, what the started app has not asked for yet, and nothing once its first screen is in', async () => {
    const target: Parameters<typeof startEarlyRequests>[0] = {};
    const waiting: (() => void)[] = [];
    const socket = { isOpen: () => waiting.length === 0, whenOpen: (then: () => void) => waiting.push(then) };
    const early = vi.fn<(input: RequestInfo | URL) => Promise<Response>>(async () => ok('early'));
    startEarlyRequests(target, '#/project/p/network-acls', early as typeof fetch, socket);
    // The app starts before the socket is open and asks for the server itself.
    const network = vi.fn(async () => ok('network'));
    const appFetch = fetchWithEarlyResponses(target, network as typeof fetch);
    expect(await (await appFetch('/1.0')).text()).toBe('network');
    waiting.splice(0).forEach((then) => then());
    // The page's own read goes now, without waiting for the app's `GET /1.0` to come back.
    expect(early.mock.calls.map(([input]) => String(input))).toEqual(['/1.0/network-acls?project=p&recursion=1']);
    // And the app takes it when it asks.
    expect(await (await appFetch('/1.0/network-acls?project=p&recursion=1')).text()).toBe('early');
    expect(network).toHaveBeenCalledTimes(1);

    // Its first screen is in before the socket opens: the app has asked for what it needs.
    const late: Parameters<typeof startEarlyRequests>[0] = {};
    const lateEarly = vi.fn(async () => ok('early'));
    startEarlyRequests(late, '#/project/p/network-acls', lateEarly as typeof fetch, socket);
    fetchWithEarlyResponses(late, fetch);
    dropEarlyResponses(late);
    waiting.splice(0).forEach((then) => then());
    expect(lateEarly).not.toHaveBeenCalled();
  });

  it('sends the network list’s projects at once, its names once the socket is open', () => {
    const target: Parameters<typeof startEarlyRequests>[0] = {};
    const waiting: (() => void)[] = [];
    const early = vi.fn<(input: RequestInfo | URL) => Promise<Response>>(async () => ok('early'));
    let open = false;
    startEarlyRequests(target, '#/project/p/networks', early as typeof fetch, { isOpen: () => open, whenOpen: (then) => waiting.push(then) });
    // The projects (LXD's slow read, which groups the rows) do not wait; read again later, they are
    // not the list.
    expect(early.mock.calls.map(([input]) => String(input))).toEqual(['/1.0', '/1.0/projects?recursion=1']);
    open = true;
    waiting.splice(0).forEach((then) => then());
    expect(early.mock.calls.map(([input]) => String(input))).toEqual(['/1.0', '/1.0/projects?recursion=1', '/1.0/networks?project=p']);
    expect(target.__lxdeckEarlyBeforeOpen).toEqual(new Set([requestKey('/1.0'), requestKey('/1.0/projects?recursion=1')]));
  });

  it('gives an answer whose body is in to the first render, once, dated when it was asked for', async () => {
    const target: Parameters<typeof startEarlyRequests>[0] = {};
    const sent = Date.now();
    startEarlyRequests(target, '#/project/p/operations', (async () =>
      new Response('{"type":"sync","metadata":{"api_version":"1.0"}}', { status: 200, headers: { ETag: '"e1"' } })) as typeof fetch);
    await vi.waitFor(() => expect(takeEarlyAnswer(target, '/1.0')).toBeDefined());
    // Taken by the check above: the next one goes to LXD.
    expect(takeEarlyAnswer(target, '/1.0')).toBeUndefined();
    const network = vi.fn(async () => ok('network'));
    expect(await (await fetchWithEarlyResponses(target, network as typeof fetch)('/1.0')).text()).toBe('network');

    const again: Parameters<typeof startEarlyRequests>[0] = {};
    startEarlyRequests(again, '#/project/p/operations', (async () =>
      new Response('{"type":"sync","metadata":{"api_version":"1.0"}}', { status: 200, headers: { ETag: '"e1"' } })) as typeof fetch);
    await vi.waitFor(() => expect(again.__lxdeckEarlyAnswers?.has(requestKey('/1.0'))).toBe(true));
    const answer = takeEarlyAnswer(again, '/1.0');
    expect(answer).toMatchObject({ text: '{"type":"sync","metadata":{"api_version":"1.0"}}', etag: '"e1"' });
    expect(answer?.sentAt).toBeGreaterThanOrEqual(sent);
  });

  it('gives no answer that failed or was refused', async () => {
    const target: Parameters<typeof startEarlyRequests>[0] = {};
    const refused = vi.fn(async () => new Response('{"type":"error","error":"not authorized"}', { status: 403 }));
    startEarlyRequests(target, '#/project/p/operations', refused as typeof fetch);
    await refused.mock.results[0]?.value;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(takeEarlyAnswer(target, '/1.0')).toBeUndefined();
  });

  it('drops what was sent before the socket opened and nobody took, once the first screen is in', async () => {
    const target: Parameters<typeof startEarlyRequests>[0] = {};
    startEarlyRequests(target, '', (async () => ok('{"type":"sync","metadata":[]}')) as typeof fetch, { isOpen: () => false, whenOpen: (then) => then() });
    const appFetch = fetchWithEarlyResponses(target, (async () => ok('network')) as typeof fetch);
    await vi.waitFor(() => expect(target.__lxdeckEarlyAnswers?.size).toBe(2));
    dropEarlyResponses(target);
    expect(takeEarlyAnswer(target, '/1.0')).toBeUndefined();
    expect(await (await appFetch('/1.0/projects?recursion=1')).text()).toBe('network');

    // Sent once it was open: kept for the app (a wall's tiles may ask after its first screen).
    const after: Parameters<typeof startEarlyRequests>[0] = {};
    startEarlyRequests(after, '', (async () => ok('{"type":"sync","metadata":{}}')) as typeof fetch, { isOpen: () => true, whenOpen: (then) => then() });
    await vi.waitFor(() => expect(after.__lxdeckEarlyAnswers?.size).toBe(2));
    dropEarlyResponses(after);
    expect(takeEarlyAnswer(after, '/1.0')).toBeDefined();
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

describe("a list's first screenful", () => {
  const projects = [
    { name: 'default', used_by: ['/1.0/profiles/default', '/1.0/instances/web'] },
    { name: 'p', used_by: ['/1.0/profiles/b?project=p', '/1.0/profiles/a%20x?project=p', '/1.0/instances/c?project=p'] },
  ];

  it('is read for the lists that show one, as the client writes each object', () => {
    expect(previewedList('#/project/p/profiles')).toEqual({ collection: '/1.0/profiles', project: 'p' });
    expect(previewedList('#/project/p/profiles?q=web')).toBeUndefined();
    expect(previewedList('#/project/p/operations')).toBeUndefined();
    expect(previewedList('#/')).toEqual({ collection: '/1.0/instances', project: 'default' });
    expect(previewedList('#/project/p')).toEqual({ collection: '/1.0/instances', project: 'p' });
    expect(previewPaths(projects, { collection: '/1.0/profiles', project: 'p' }, 800)).toEqual([
      '/1.0/profiles/a%20x?project=p',
      '/1.0/profiles/b?project=p',
    ]);
    expect(previewPaths(projects, { collection: '/1.0/profiles', project: 'gone' }, 800)).toEqual([]);
  });

  it('starts once the projects have answered, and the app takes those answers', async () => {
    const target: Parameters<typeof startEarlyRequests>[0] = { innerHeight: 800 };
    const early = vi.fn(async (input: RequestInfo | URL) =>
      String(input).startsWith('/1.0/projects')
        ? new Response(JSON.stringify({ metadata: projects }), { status: 200 })
        : new Response(`early ${String(input)}`, { status: 200 }),
    );
    startEarlyRequests(target, '#/project/p/profiles', early as typeof fetch);
    const network = vi.fn(async () => new Response('network', { status: 200 }));
    const appFetch = fetchWithEarlyResponses(target, network as typeof fetch);
    // The app reads the projects' answer itself, whole.
    expect(await (await appFetch('/1.0/projects?recursion=1')).json()).toEqual({ metadata: projects });
    // The server, the projects, then the preview's two profiles; not the whole list.
    await vi.waitFor(() => expect(early).toHaveBeenCalledTimes(4));
    expect(await (await appFetch('/1.0/profiles/b?project=p')).text()).toBe('early /1.0/profiles/b?project=p');
    expect(network).not.toHaveBeenCalled();
  });

  it("of instances starts from their names, and the projects wait for the app", async () => {
    expect(earlyRequestPaths('#/project/p/instances')).toEqual(['/1.0', '/1.0/instances?project=p']);
    const target: Parameters<typeof startEarlyRequests>[0] = { innerHeight: 320 };
    const urls = Array.from({ length: 30 }, (_, i) => `/1.0/instances/web-${String(30 - i).padStart(2, '0')}?project=p`);
    const early = vi.fn(async (input: RequestInfo | URL) =>
      String(input) === '/1.0/instances?project=p'
        ? new Response(JSON.stringify({ metadata: urls }), { status: 200 })
        : new Response(`early ${String(input)}`, { status: 200 }),
    );
    startEarlyRequests(target, '#/project/p/instances', early as typeof fetch);
    // The server, the names, then a screenful (10 rows at 320 px) in the list's order.
    await vi.waitFor(() => expect(early).toHaveBeenCalledTimes(12));
    const asked = early.mock.calls.map(([input]) => String(input));
    expect(asked.slice(2, 4)).toEqual(['/1.0/instances/web-01?project=p', '/1.0/instances/web-02?project=p']);
    expect(asked).not.toContain('/1.0/instances/web-11?project=p');
    expect(asked.some((path) => path.startsWith('/1.0/projects'))).toBe(false);
  });
});

describe("the page's own files", () => {
  const pages = JSON.stringify({
    profiles: ['/ui/assets/ProfileListPage-1.js', '/ui/assets/profiles-2.css'],
    images: ['https://elsewhere/x.js'],
    'pool-volumes': ['/ui/assets/PoolDetailPage-3.js', '/ui/assets/PoolVolumesTab-4.js'],
    wall: ['/ui/assets/WallPage-5.js', '/ui/assets/WallPage-6.css'],
  });

  it('are those the build lists for the section the address opens', () => {
    expect(earlyPageFiles('#/project/p/profiles?q=web', pages)).toEqual(['/ui/assets/ProfileListPage-1.js', '/ui/assets/profiles-2.css']);
    expect(earlyPageFiles('#/project/p/profile/web', pages)).toEqual([]);
    expect(earlyPageFiles('#/project/p/profiles', null)).toEqual([]);
    expect(earlyPageFiles('#/project/p/profiles', '{not json')).toEqual([]);
    expect(earlyPageFiles('#/project/p/storage/pool/x/volumes', pages)).toEqual(['/ui/assets/PoolDetailPage-3.js', '/ui/assets/PoolVolumesTab-4.js']);
    expect(earlyPageFiles('#/project/p/storage/pool/x', pages)).toEqual([]);
    expect(earlyPageFiles('#/wall/project/p?theme=light', pages)).toEqual(['/ui/assets/WallPage-5.js', '/ui/assets/WallPage-6.css']);
    expect(earlyPageFiles('#/wall', pages)).toEqual(['/ui/assets/WallPage-5.js', '/ui/assets/WallPage-6.css']);
  });

  it('never leave the dashboard', () => {
    expect(earlyPageFiles('#/project/p/images', pages)).toEqual([]);
  });
});

describe("a wall's other tiles", () => {
  const ok = (body: string) => new Response(body, { status: 200 });
  const server = { auth: 'trusted', api_extensions: ['warnings'], environment: { server_clustered: false } };

  it('are read as the tiles read them, once the server has said what it is', () => {
    // LXD 5.0: a project's wall reads that project's operations; the all-projects wall, each project's.
    expect(wallFollowUpPaths('#/wall/project/p', server)).toEqual([
      '/1.0/resources',
      '/1.0/storage-pools?project=p',
      '/1.0/warnings?recursion=1',
      '/1.0/operations?project=p&recursion=1',
    ]);
    expect(wallFollowUpPaths('#/wall', server)).toEqual(['/1.0/resources', '/1.0/warnings?recursion=1', '/1.0/projects']);
    // Newer LXD lists every project's operations at once; a cluster's members are read by the tile.
    expect(wallFollowUpPaths('#/wall', { auth: 'trusted', api_extensions: ['warnings', 'operations_get_query_all_projects'], environment: { server_clustered: true } })).toEqual([
      '/1.0/warnings?recursion=1',
      '/1.0/operations?all-projects=true&recursion=1',
    ]);
    // Only the tiles shown; nothing for a browser LXD does not trust, nor off the wall.
    expect(wallFollowUpPaths('#/wall/project/p?tiles=instances,warnings', { ...server, api_extensions: [] })).toEqual([]);
    expect(wallFollowUpPaths('#/wall/project/p', { auth: 'untrusted' })).toEqual([]);
    expect(wallFollowUpPaths('#/project/p/instances', server)).toEqual([]);
  });

  it('follow the names they need: the first pools, each project', () => {
    expect(wallPoolPaths(['/1.0/storage-pools/default', '/1.0/storage-pools/a%20b', '/1.0/storage-pools/c', '/1.0/storage-pools/d'])).toEqual([
      '/1.0/storage-pools/default/resources',
      '/1.0/storage-pools/a%20b/resources',
      '/1.0/storage-pools/c/resources',
    ]);
    expect(wallOperationPaths(['/1.0/projects/default', '/1.0/projects/my%20p'])).toEqual([
      '/1.0/operations?project=default&recursion=1',
      '/1.0/operations?project=my%20p&recursion=1',
    ]);
  });

  it('start from the early answers, and the app takes them', async () => {
    const bodies: Record<string, unknown> = {
      '/1.0': { ...server, api_extensions: [] },
      '/1.0/storage-pools?project=p': ['/1.0/storage-pools/default'],
      '/1.0/projects': ['/1.0/projects/default', '/1.0/projects/p'],
    };
    const early = vi.fn(async (input: RequestInfo | URL) => ok(JSON.stringify({ type: 'sync', metadata: bodies[String(input)] ?? [] })));
    const target: Parameters<typeof startEarlyRequests>[0] = {};
    startEarlyRequests(target, '#/wall/project/p?tiles=health,operations', early as typeof fetch);
    await vi.waitFor(() => expect(early).toHaveBeenCalledTimes(5));
    expect(early.mock.calls.map(([input]) => String(input))).toEqual([
      '/1.0',
      '/1.0/resources',
      '/1.0/storage-pools?project=p',
      '/1.0/operations?project=p&recursion=1',
      '/1.0/storage-pools/default/resources',
    ]);
    const network = vi.fn(async () => ok('network'));
    const appFetch = fetchWithEarlyResponses(target, network as typeof fetch);
    await appFetch('/1.0/operations?recursion=1&project=p');
    await appFetch('/1.0/storage-pools/default/resources');
    expect(network).not.toHaveBeenCalled();

    // The all-projects wall on LXD 5.0: the project names, then each project's operations.
    early.mockClear();
    startEarlyRequests({}, '#/wall?tiles=operations', early as typeof fetch);
    await vi.waitFor(() => expect(early.mock.calls.filter(([input]) => String(input).startsWith('/1.0/operations'))).toHaveLength(2));
    expect(early.mock.calls.map(([input]) => String(input)).filter((path) => /^\/1\.0\/(operations|projects)\b/.test(path))).toEqual([
      '/1.0/projects?recursion=1',
      '/1.0/projects',
      '/1.0/operations?project=default&recursion=1',
      '/1.0/operations?project=p&recursion=1',
    ]);
  });
});
