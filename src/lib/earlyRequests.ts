/**
 * Requests the page starts while its main script is still downloading.
 *
 * `src/early.ts` is a tiny script of its own, run before the main bundle has arrived: it reads the
 * address, starts the GETs the first screen needs, and leaves the pending responses on `window`.
 * The app's fetch takes each one once, for the same URL, instead of asking again. On a cold load
 * this overlaps LXD's answer with the download and start of the app.
 */

import { IMAGES, NAMES_LISTED, firstImages, firstNames, imageAliasesPath, namesInUsedBy, namesPath, previewCount } from './listPreview';

const DEFAULT_PROJECT = 'default';

/** The route part of a hash address: `#/project/p/instances?q=x` → `/project/p/instances`. */
function route(hash: string): string {
  return hash.replace(/^#/, '').split('?')[0] ?? '';
}

/** The section of a project's page the address opens: `#/project/p/networks` → `networks`. */
function projectSection(hash: string): string | undefined {
  return /^\/project\/[^/]+\/([a-z-]+)\/?$/.exec(route(hash))?.[1];
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

/** The project whose wall screen the address opens (`#/wall/project/p`); '' for `#/wall` (all projects). */
export function wallProjectFromHash(hash: string): string | undefined {
  const path = route(hash);
  if (/^\/wall\/?$/.test(path)) return '';
  const match = /^\/wall\/project\/([^/]+)\/?$/.exec(path);
  return match?.[1] ? decoded(match[1]) : undefined;
}

/**
 * What a project's wall reads first that is worth starting early: its instances and its metrics,
 * the two slowest reads of its tiles, when the address shows those tiles.
 */
export function wallEarlyReads(hash: string): { project: string; instances: boolean; metrics: boolean } | undefined {
  const project = wallProjectFromHash(hash);
  if (!project) return undefined;
  const tiles = new URLSearchParams(hash.split('?')[1] ?? '').get('tiles')?.split(',').map((tile) => tile.trim());
  const shows = (...ids: string[]) => !tiles || ids.some((id) => tiles.includes(id));
  return { project, instances: shows('instances', 'attention'), metrics: shows('top') };
}

/** A project's wall: the server and its early reads. No projects: the wall has no project switcher. */
function wallRequestPaths(wall: NonNullable<ReturnType<typeof wallEarlyReads>>): string[] {
  return [
    '/1.0',
    ...(wall.instances ? [`/1.0/instances?project=${q(wall.project)}&recursion=1`] : []),
    ...(wall.metrics ? [`/1.0/metrics?project=${q(wall.project)}`] : []),
  ];
}

/** What the wall's health tile shows at most (features/wall/HealthTile.tsx). */
export const WALL_MAX_POOLS = 3;
/** Per-project operation reads a wall's early script makes at most (LXD without all-projects). */
const WALL_MAX_PROJECTS = 20;

interface ServerFacts {
  auth?: string;
  api_extensions?: string[] | null;
  environment?: { server_clustered?: boolean } | null;
}

/**
 * A wall's other tiles' reads, as its tiles write them, once the server has said what it is
 * (`GET /1.0`): the server's resources (not on a cluster: its members are read instead), the
 * project's storage pools (named; their space follows, `wallPoolPaths`), the warnings (with the
 * `warnings` extension), the operations (of all projects at once; else the project's own, or on
 * the all-projects wall the project names, whose operations follow, `wallOperationPaths`). Only
 * the tiles the address shows.
 */
export function wallFollowUpPaths(hash: string, server: ServerFacts): string[] {
  const project = wallProjectFromHash(hash);
  if (project === undefined || server.auth !== 'trusted') return [];
  const tiles = new URLSearchParams(hash.split('?')[1] ?? '').get('tiles')?.split(',').map((tile) => tile.trim());
  const shows = (id: string) => !tiles || tiles.includes(id);
  const has = (extension: string) => !!server.api_extensions?.includes(extension);
  const paths: string[] = [];
  if (shows('health')) {
    if (!server.environment?.server_clustered) paths.push('/1.0/resources');
    // A project's wall: its pools (all projects' wall: the project it shows first is not known yet).
    if (project) paths.push(`/1.0/storage-pools?project=${q(project)}`);
  }
  if (shows('warnings') && has('warnings')) paths.push('/1.0/warnings?recursion=1');
  if (shows('operations')) {
    // All projects at once; else a project's own (`operationQueries.forProject`), or all
    // projects' names, whose operations follow (`wallOperationPaths`).
    if (has('operations_get_query_all_projects')) paths.push('/1.0/operations?all-projects=true&recursion=1');
    else paths.push(project ? `/1.0/operations?project=${q(project)}&recursion=1` : '/1.0/projects');
  }
  return paths;
}

/** The space of the first pools the health tile shows, from the pools' names. */
export function wallPoolPaths(poolUrls: readonly string[]): string[] {
  return namesInUsedBy(poolUrls, '/1.0/storage-pools')
    .slice(0, WALL_MAX_POOLS)
    .map((name) => `/1.0/storage-pools/${encodeURIComponent(name)}/resources`);
}

/** Each project's operations (LXD without `operations_get_query_all_projects`), from the project names. */
export function wallOperationPaths(projectUrls: readonly string[]): string[] {
  return namesInUsedBy(projectUrls, '/1.0/projects')
    .slice(0, WALL_MAX_PROJECTS)
    .map((project) => `/1.0/operations?project=${q(project)}&recursion=1`);
}

/**
 * The GETs the first screen of this address needs, as the app's client writes them: the server
 * (every page waits for it), the list the page shows, and the projects (the switcher).
 */
export function earlyRequestPaths(hash: string): string[] {
  const wall = wallEarlyReads(hash);
  if (wall) return wallRequestPaths(wall);
  const paths = ['/1.0'];
  const instances = listProjectFromHash(hash);
  if (instances !== undefined && !previewedList(hash)) paths.push(`/1.0/instances?project=${q(instances)}&recursion=1`);
  // A list with a preview is asked for by the app once its first screenful is in (see
  // `usePreviewedList`), and only the preview's objects here.
  const section = /^\/project\/([^/]+)\/(profiles|images|networks|network-acls)\/?$/.exec(route(hash));
  const project = section?.[1] ? decoded(section[1]) : undefined;
  if (section && project !== undefined && !previewedList(hash)) {
    // The network list reads names first (see `api/namedList.ts`).
    const recursion = NAMES_FIRST.has(section[2] as string) ? '' : '&recursion=1';
    paths.push(`/1.0/${section[2]}?project=${q(project)}${recursion}`);
  }
  const preview = previewedList(hash);
  if (preview && NAMES_LISTED.has(preview.collection)) {
    // The names (and an image's aliases); the projects are read by the app once the first screen is in.
    paths.push(...previewNamePaths(preview));
    return paths;
  }
  const volumes = poolVolumesFromHash(hash);
  if (volumes) {
    // The volumes by name (read by name first, as the network list is). Not the pool: on LXD 5.0
    // its `used_by` walks every instance (about 1 s of the server's CPU beside 500), and the tab
    // reads it once its first screen is in.
    paths.push(`/1.0/storage-pools/${encodeURIComponent(volumes.pool)}/volumes?project=${q(volumes.project)}`);
  }
  // The projects last, and only for a first screen drawn from them: LXD 5.0 reads them (each with
  // its \`used_by\`) in a database transaction that holds up the requests behind it, and costs
  // the server about 400 ms of CPU beside 500 volumes and 100 networks (more beside instances),
  // time the first screen's own reads then wait for. The project switcher reads them once the
  // first screen is in.
  if (firstScreenReadsProjects(hash)) paths.push(PROJECTS_PATH);
  return paths;
}

/**
 * Whether the first screen of this address is drawn from the projects: the project list, every
 * project's wall (it starts from their names), the network list (managed networks are those the
 * project's \`used_by\` names) and a profile list's preview (from the same \`used_by\`).
 */
export function firstScreenReadsProjects(hash: string): boolean {
  if (/^\/projects\/?$/.test(route(hash)) || wallProjectFromHash(hash) === '') return true;
  return projectSection(hash) === 'networks' || previewedList(hash)?.collection === PREVIEWED.profiles;
}

/** The project and pool whose Volumes tab the address opens (`#/project/p/storage/pool/x/volumes`). */
export function poolVolumesFromHash(hash: string): { project: string; pool: string } | undefined {
  const match = /^\/project\/([^/]+)\/storage\/pool\/([^/]+)\/volumes\/?$/.exec(route(hash));
  const project = match?.[1] ? decoded(match[1]) : undefined;
  const pool = match?.[2] ? decoded(match[2]) : undefined;
  return project !== undefined && pool !== undefined ? { project, pool } : undefined;
}

/** Lists read by name, each object as its row shows. */
const NAMES_FIRST: ReadonlySet<string> = new Set(['networks']);

/** Lists that show their first screenful object by object while the whole list loads (`useListPreview`). */
const PREVIEWED: Record<string, string> = { instances: '/1.0/instances', profiles: '/1.0/profiles', images: IMAGES };

/**
 * What a previewed list's first screenful is picked from: its names list (instances), with the
 * aliases (images), or the project's `used_by` (profiles).
 */
export function previewNamePaths(list: { collection: string; project: string }): string[] {
  if (!NAMES_LISTED.has(list.collection)) return [PROJECTS_PATH];
  const names = namesPath(list.collection, list.project);
  return list.collection === IMAGES ? [names, imageAliasesPath(list.project)] : [names];
}

/** The detail GETs of a list's first screenful, from the answers to `previewNamePaths`' reads, in order. */
export function previewReadPaths(list: { collection: string; project: string }, answers: readonly unknown[], viewportHeight: number): string[] {
  const [names, aliases] = answers;
  if (list.collection === IMAGES) {
    const pick = firstImages(namesInUsedBy(stringsOf(names), IMAGES), aliasesOf(aliases), previewCount(viewportHeight));
    return pick.fingerprints.map((fingerprint) => `${IMAGES}/${encodeURIComponent(fingerprint)}?project=${q(list.project)}`);
  }
  if (NAMES_LISTED.has(list.collection)) return previewObjectPaths(stringsOf(names), list, viewportHeight);
  return previewPaths(Array.isArray(names) ? (names as { name: string; used_by?: string[] | null }[]) : [], list, viewportHeight);
}

/** The aliases of `GET /1.0/images/aliases?recursion=1`, each with the image it names. */
export function aliasesOf(metadata: unknown): { name: string; target: string }[] {
  if (!Array.isArray(metadata)) return [];
  return metadata.filter(
    (alias): alias is { name: string; target: string } =>
      !!alias && typeof (alias as { name?: unknown }).name === 'string' && typeof (alias as { target?: unknown }).target === 'string',
  );
}

/**
 * The collection and project of the list this address opens, when that list shows a preview: at
 * its default view only (no filter or sort in the address), as `usePreviewedList` decides.
 */
export function previewedList(hash: string): { collection: string; project: string } | undefined {
  if (hash.split('?')[1]) return undefined;
  const landing = listProjectFromHash(hash);
  if (landing !== undefined) return { collection: PREVIEWED.instances as string, project: landing };
  const section = /^\/project\/([^/]+)\/([a-z-]+)\/?$/.exec(route(hash));
  const collection = section?.[2] ? PREVIEWED[section[2]] : undefined;
  const project = section?.[1] ? decoded(section[1]) : undefined;
  return collection && project !== undefined ? { collection, project } : undefined;
}

/** The detail GETs of a list's first screenful, as the app's client writes them, from the projects' answer. */
export function previewPaths(
  projects: readonly { name: string; used_by?: string[] | null }[],
  list: { collection: string; project: string },
  viewportHeight: number,
): string[] {
  const usedBy = projects.find((candidate) => candidate.name === list.project)?.used_by ?? [];
  return previewObjectPaths(usedBy, list, viewportHeight);
}

/** The detail GETs of a list's first screenful, from URLs that name its objects (a `used_by`, a names list). */
export function previewObjectPaths(urls: readonly string[], list: { collection: string; project: string }, viewportHeight: number): string[] {
  return firstNames(namesInUsedBy(urls, list.collection), previewCount(viewportHeight)).map(
    (name) => `${list.collection}/${encodeURIComponent(name)}?project=${q(list.project)}`,
  );
}

/**
 * The files of the page this address opens, from the build's `lxdeck-pages` list (section → files,
 * see vite.config.ts), for the early script to preload beside the main bundle.
 */
export function earlyPageFiles(hash: string, pagesJson: string | null | undefined): string[] {
  const section =
    wallProjectFromHash(hash) !== undefined ? 'wall' : poolVolumesFromHash(hash) ? 'pool-volumes' : projectSection(hash);
  if (!section || !pagesJson) return [];
  try {
    const files = (JSON.parse(pagesJson) as Record<string, unknown>)[section];
    return Array.isArray(files) ? files.filter((file): file is string => typeof file === 'string' && file.startsWith('/ui/')) : [];
  } catch {
    return [];
  }
}

/** Path plus query with the parameters sorted, so `?recursion=1&project=p` matches `?project=p&recursion=1`. */
export function requestKey(url: string): string {
  const parsed = new URL(url, 'https://lxd.invalid');
  const params = [...parsed.searchParams.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${parsed.pathname}?${new URLSearchParams(params).toString()}`;
}

export type EarlyResponses = Map<string, Promise<Response | undefined>>;

/** A successful early answer whose body is in, so the app can use it in its first render. */
export interface EarlyAnswer {
  /** The body as LXD sent it (the JSON envelope). */
  text: string;
  etag: string | null;
  /** `Date.now()` when the request was sent: the answer is at least as new as that. */
  sentAt: number;
}

export type EarlyAnswers = Map<string, EarlyAnswer>;

let lastEarlyUse = 0;

/** `Date.now()` when the app last took an early response (0: never). */
export function lastEarlyResponseUse(): number {
  return lastEarlyUse;
}

interface EarlyWindow {
  /** Set by whichever runs first: the early script (its pending responses) or the app (empty). */
  __lxdeckEarly?: EarlyResponses;
  /** The early requests answered so far, bodies read (kept as long as their responses are). */
  __lxdeckEarlyAnswers?: EarlyAnswers;
  /** The early requests sent before the events socket was open: their answers may miss an event. */
  __lxdeckEarlyBeforeOpen?: Set<string>;
  /** The app has started: what the early script has not sent yet, the app asks for itself. */
  __lxdeckEarlyClaimed?: boolean;
  /** What the app has asked for itself until its first screen is in: the early script no longer sends it. */
  __lxdeckAppAsked?: Set<string>;
  innerHeight?: number;
}

/** The early events socket, as the early requests see it (see `earlyEvents.ts`). */
export interface EarlySocket {
  isOpen(): boolean;
  /** Calls `then` once the socket is open, or has failed, or has taken too long (`waitMs`, else its default). */
  whenOpen(then: () => void, waitMs?: number): void;
}

const NO_SOCKET: EarlySocket = { isOpen: () => false, whenOpen: (then) => then() };

/**
 * How long a list read by name waits for the events socket: its names are one quick read, in long
 * before the main bundle has run (700 ms and more on a cold load), so waiting costs its first row
 * nothing, while names sent before the socket opened are read a second time once it has (opening
 * took 100-450 ms here beside 500 instances).
 */
export const NAMES_FIRST_SOCKET_WAIT_MS = 600;

/** The address opens a list read by name (networks, a pool's volumes): its first read is its names. */
function opensNamesFirstList(hash: string): boolean {
  const section = projectSection(hash);
  return (section !== undefined && NAMES_FIRST.has(section)) || poolVolumesFromHash(hash) !== undefined;
}

const PROJECTS_PATH = '/1.0/projects?recursion=1';

/**
 * Run by the early script: starts the requests unless the app already started without them.
 * A previewed list sends what its first screen draws at once: `GET /1.0` and the projects (cheap
 * to read again), the names and the objects (shown only until the whole list, which the app reads).
 * The rest waits for the events socket to open (`socket.whenOpen`): a read sent then misses no
 * event, so it need not be read again. Which were sent before it opened is kept per request.
 */
export function startEarlyRequests(target: EarlyWindow, hash: string, fetcher: typeof fetch, socket: EarlySocket = NO_SOCKET): void {
  if (target.__lxdeckEarly) return;
  const responses: EarlyResponses = new Map();
  const answers: EarlyAnswers = new Map();
  const beforeOpen = new Set<string>();
  target.__lxdeckEarly = responses;
  target.__lxdeckEarlyAnswers = answers;
  target.__lxdeckEarlyBeforeOpen = beforeOpen;
  const send = (path: string) => {
    const key = requestKey(path);
    // Sent already, or asked for by the app (which started while an answer this read follows
    // from was on its way, and read that answer too).
    if (responses.has(key) || target.__lxdeckAppAsked?.has(key)) return;
    const sentAt = Date.now();
    if (!socket.isOpen()) beforeOpen.add(key);
    const response = fetcher(path, { credentials: 'include' }).catch(() => undefined);
    responses.set(key, response);
    // Its body too, for the app to draw with before it has asked for anything (`takeEarlyAnswer`).
    void response
      .then((answer) =>
        answer?.ok
          ? answer
              .clone()
              .text()
              .then((text) => {
                if (responses.has(key)) answers.set(key, { text, etag: answer.headers.get('ETag'), sentAt });
              })
          : undefined,
      )
      .catch(() => undefined);
    return response;
  };
  const list = previewedList(hash);
  const height = target.innerHeight ?? 800;
  const paths = earlyRequestPaths(hash);
  // Only a previewed list goes first: its first screen is drawn from reads nothing keeps but
  // `GET /1.0` and the projects, both small and read again once the socket is open. So does the
  // network list's slow read, the projects (it groups the rows), while its names wait for the
  // socket: read before it opened, they would be read again. A page whose first reads stay in the
  // cache (a wall, a list read whole) waits: a second read of those would cost more than the wait.
  const names = list ? previewNamePaths(list) : [];
  const first = list ? ['/1.0', ...names] : projectSection(hash) === 'networks' ? ['/1.0', PROJECTS_PATH] : [];
  const now = new Set(paths.filter((path) => first.includes(path)));
  for (const path of now) send(path);
  if (list) {
    // The names (the list's own, with an image's aliases, or the project's `used_by`): the first
    // screenful, one by one (the app gets those answers itself, so this reads copies).
    whenAllAnswered(
      names.map((path) => responses.get(requestKey(path))),
      (answers) => previewReadPaths(list, answers, height).forEach(send),
    );
  }
  if (paths.every((path) => now.has(path))) return;
  socket.whenOpen(
    () => {
      // The app started meanwhile and its first screen is in: it has asked for what it needs.
      // Until then, what it has not asked for yet goes now, with the socket open, instead of
      // after the app's own first reads (`GET /1.0`, then the page) have come back.
      if (target.__lxdeckEarlyClaimed && !target.__lxdeckAppAsked) return;
      for (const path of paths) if (!now.has(path)) send(path);
      if (wallProjectFromHash(hash) !== undefined) readWallFollowUps(hash, responses, send);
    },
    opensNamesFirstList(hash) ? NAMES_FIRST_SOCKET_WAIT_MS : undefined,
  );
}

/** A wall's other tiles' reads, each chained on the answer it needs (see `wallFollowUpPaths`). */
function readWallFollowUps(hash: string, responses: EarlyResponses, send: (path: string) => Promise<Response | undefined> | undefined) {
  whenAnswered(responses.get(requestKey('/1.0')), (server) => {
    for (const path of wallFollowUpPaths(hash, (server ?? {}) as ServerFacts)) {
      const response = send(path) ?? responses.get(requestKey(path));
      if (path.startsWith('/1.0/storage-pools?')) whenAnswered(response, (pools) => wallPoolPaths(stringsOf(pools)).forEach(send));
      if (path === '/1.0/projects') whenAnswered(response, (projects) => wallOperationPaths(stringsOf(projects)).forEach(send));
    }
  });
}

/** Runs `then` with an early answer's `metadata` once it is in (a success only): it names the next reads. */
function whenAnswered(response: Promise<Response | undefined> | undefined, then: (metadata: unknown) => void): void {
  void response
    ?.then((answer) => (answer?.ok ? (answer.clone().json() as Promise<{ metadata?: unknown }>) : undefined))
    .then((body) => {
      if (body) then(body.metadata);
    })
    .catch(() => undefined);
}

/** Runs `then` with every answer's `metadata` once all are in (successes only). */
function whenAllAnswered(responses: readonly (Promise<Response | undefined> | undefined)[], then: (metadata: unknown[]) => void): void {
  const answers: unknown[] = [];
  let left = responses.length;
  responses.forEach((response, index) =>
    whenAnswered(response, (metadata) => {
      answers[index] = metadata;
      if (--left === 0) then(answers);
    }),
  );
}

/** The URLs a list answer holds (`GET <collection>` without recursion). */
const stringsOf = (metadata: unknown): string[] => (Array.isArray(metadata) ? metadata.filter((url): url is string => typeof url === 'string') : []);

/**
 * Run once by the app: a fetch that answers a GET with the early response for the same URL, once.
 * Only a success is used: a refusal (an untrusted browser, trusted a moment later) or a failure is
 * asked again. Responses nobody took are dropped after `keepMs`, so nothing stale is used later
 * and a page opened for days holds none of them.
 */
export function fetchWithEarlyResponses(target: EarlyWindow, fetcher: typeof fetch, keepMs = 10_000): typeof fetch {
  const started = target.__lxdeckEarly !== undefined;
  const responses = target.__lxdeckEarly ?? new Map();
  const answers = target.__lxdeckEarlyAnswers ?? new Map();
  const beforeOpen = target.__lxdeckEarlyBeforeOpen ?? new Set<string>();
  // Claimed: an early script that runs after this point starts nothing.
  target.__lxdeckEarly = responses;
  target.__lxdeckEarlyClaimed = true;
  target.__lxdeckEarlyAnswers = answers;
  if (started) {
    // The early script is under way (some of its reads may wait for the events socket): what
    // the app asks for meanwhile, it does not send.
    target.__lxdeckAppAsked = new Set();
    setTimeout(() => {
      responses.clear();
      answers.clear();
      target.__lxdeckAppAsked = undefined;
    }, keepMs);
  }
  return async (input, init) => {
    const asked = target.__lxdeckAppAsked;
    if ((responses.size > 0 || asked) && (init?.method ?? 'GET') === 'GET' && typeof input === 'string') {
      const key = requestKey(input);
      asked?.add(key);
      const early = responses.get(key);
      if (early) {
        responses.delete(key);
        answers.delete(key);
        if (beforeOpen.has(key)) lastEarlyUse = Date.now();
        const response = await early;
        if (response?.ok) return response;
      }
    }
    return fetcher(input, init);
  };
}

/**
 * Run by the app once its first screen is in: early answers sent before the events socket opened
 * that nobody took are dropped, and what the app asks for is no longer noted for the early script. They were asked for that screen; taken later (another page asking
 * for the same object), one would make every read started until then count as possibly older
 * than the socket, and be read again. The others stay their `keepMs`.
 */
export function dropEarlyResponses(target: EarlyWindow): void {
  target.__lxdeckAppAsked = undefined;
  for (const key of target.__lxdeckEarlyBeforeOpen ?? []) {
    target.__lxdeckEarly?.delete(key);
    target.__lxdeckEarlyAnswers?.delete(key);
  }
}

/**
 * Run by the app: the early answer to a GET of `url` if its body is already in, taken (the next
 * GET of it goes to LXD), so a first render can show it instead of a loading state. Undefined
 * when it has not arrived, failed, or was taken. Whoever keeps it dates it `sentAt`: older than
 * the events socket, it is read again once that opens (`realtime/rereadBefore.ts`).
 */
export function takeEarlyAnswer(target: EarlyWindow, url: string): EarlyAnswer | undefined {
  const key = requestKey(url);
  const answer = target.__lxdeckEarlyAnswers?.get(key);
  if (!answer) return undefined;
  target.__lxdeckEarlyAnswers?.delete(key);
  target.__lxdeckEarly?.delete(key);
  return answer;
}
