/**
 * The app's navigation history: routes live in the URL hash (`/ui/#/project/p/instances?q=`), the
 * only place LXD 5.0 lets a reload or a bookmark find them. Small on purpose (react-router's data
 * router would double the size of the first load), with one thing browsers' history lacks:
 * blockers, so a page can ask before a navigation throws away what the user typed.
 */

export type NavigationAction = 'POP' | 'PUSH' | 'REPLACE';

export interface HistoryLocation {
  pathname: string;
  search: string;
  hash: string;
  state: unknown;
  key: string;
}

export interface PathParts {
  pathname?: string;
  search?: string;
  hash?: string;
}

export interface Transition {
  action: NavigationAction;
  current: HistoryLocation;
  next: HistoryLocation;
  /** Carries the navigation out after all (blockers are not asked again). */
  retry: () => void;
}

/** Returns true to hold the navigation; it then calls `onBlocked` listeners with the transition. */
export type Blocker = (transition: Omit<Transition, 'retry'>) => boolean;

interface HistoryState {
  usr: unknown;
  key: string;
  idx: number;
}

let keySeed = 0;
const createKey = () => `${Date.now().toString(36)}${(keySeed++).toString(36)}`;

/** `/a/b?x=1#h` (or parts) into parts; paths are always absolute in this app. */
export function parsePath(to: string | PathParts): Required<PathParts> {
  if (typeof to !== 'string') return { pathname: to.pathname ?? '/', search: to.search ?? '', hash: to.hash ?? '' };
  let rest = to;
  let hash = '';
  let search = '';
  const hashAt = rest.indexOf('#');
  if (hashAt >= 0) {
    hash = rest.slice(hashAt);
    rest = rest.slice(0, hashAt);
  }
  const searchAt = rest.indexOf('?');
  if (searchAt >= 0) {
    search = rest.slice(searchAt);
    rest = rest.slice(0, searchAt);
  }
  return { pathname: rest || '/', search, hash };
}

export function createPath({ pathname = '/', search = '', hash = '' }: PathParts): string {
  return `${pathname}${search && search !== '?' ? (search.startsWith('?') ? search : `?${search}`) : ''}${hash && hash !== '#' ? (hash.startsWith('#') ? hash : `#${hash}`) : ''}`;
}

export interface HashHistory {
  readonly action: NavigationAction;
  readonly location: HistoryLocation;
  createHref: (to: string | PathParts) => string;
  push: (to: string | PathParts, state?: unknown) => void;
  replace: (to: string | PathParts, state?: unknown) => void;
  go: (delta: number) => void;
  listen: (listener: (update: { action: NavigationAction; location: HistoryLocation }) => void) => () => void;
  /** Adds a blocker; returns its removal. */
  block: (blocker: Blocker) => () => void;
  /** Listeners told when a navigation was held by a blocker. */
  onBlocked: (listener: (transition: Transition) => void) => () => void;
}

export function createHashHistory(win: Window = window): HashHistory {
  const globalHistory = win.history;
  const listeners = new Set<(update: { action: NavigationAction; location: HistoryLocation }) => void>();
  const blockers = new Set<Blocker>();
  const blockedListeners = new Set<(transition: Transition) => void>();

  const read = (): { location: HistoryLocation; idx: number | undefined } => {
    const { pathname, search, hash } = parsePath(win.location.hash.slice(1) || '/');
    const state = (globalHistory.state ?? null) as HistoryState | null;
    return { location: { pathname, search, hash, state: state?.usr ?? null, key: state?.key ?? 'default' }, idx: state?.idx };
  };

  let action: NavigationAction = 'POP';
  const first = read();
  let location = first.location;
  let idx = first.idx ?? 0;
  if (first.idx === undefined) {
    // Every entry gets an index, so a later back/forward can say how far it moved.
    globalHistory.replaceState({ usr: location.state, key: location.key, idx } satisfies HistoryState, '');
  }
  /** A pop the history caused itself, undoing a blocked back/forward. */
  let ignoreNextPop = false;
  /** The next pop is a held navigation carried out after all: blockers are not asked again. */
  let skipBlockers = false;

  const href = (to: string | PathParts) => `${win.location.href.split('#')[0] ?? ''}#${createPath(parsePath(to))}`;
  const notify = () => listeners.forEach((listener) => listener({ action, location }));
  const isBlocked = (transition: Omit<Transition, 'retry'>) => [...blockers].some((blocker) => blocker(transition));

  const commit = (kind: 'PUSH' | 'REPLACE', next: HistoryLocation) => {
    const nextIdx = kind === 'PUSH' ? idx + 1 : idx;
    const state: HistoryState = { usr: next.state, key: next.key, idx: nextIdx };
    if (kind === 'PUSH') globalHistory.pushState(state, '', href(next));
    else globalHistory.replaceState(state, '', href(next));
    action = kind;
    location = next;
    idx = nextIdx;
    notify();
  };

  const navigate = (kind: 'PUSH' | 'REPLACE', to: string | PathParts, state?: unknown) => {
    const next: HistoryLocation = { ...parsePath(to), state: state ?? null, key: createKey() };
    const transition = { action: kind, current: location, next };
    if (isBlocked(transition)) {
      blockedListeners.forEach((listener) => listener({ ...transition, retry: () => commit(kind, next) }));
      return;
    }
    commit(kind, next);
  };

  const onPop = () => {
    if (ignoreNextPop) {
      ignoreNextPop = false;
      return;
    }
    const now = read();
    if (now.location.pathname === location.pathname && now.location.search === location.search && now.idx === idx) return;
    let nextIdx = now.idx;
    if (nextIdx === undefined) {
      // A hash typed in the address bar (or set by a link outside the app): a new entry after ours.
      nextIdx = idx + 1;
      globalHistory.replaceState({ usr: null, key: now.location.key, idx: nextIdx } satisfies HistoryState, '');
    }
    const delta = idx - nextIdx;
    const transition = { action: 'POP' as const, current: location, next: now.location };
    if (!skipBlockers && delta !== 0 && isBlocked(transition)) {
      // Undo the move in the browser; carrying it out later moves again, unasked.
      ignoreNextPop = true;
      globalHistory.go(delta);
      blockedListeners.forEach((listener) =>
        listener({
          ...transition,
          retry: () => {
            skipBlockers = true;
            globalHistory.go(-delta);
          },
        }),
      );
      return;
    }
    skipBlockers = false;
    action = 'POP';
    location = now.location;
    idx = nextIdx;
    notify();
  };

  // popstate covers back/forward and hashes typed into the address bar; hashchange is the
  // fallback for browsers that fire only it for the latter (onPop ignores what it already saw).
  win.addEventListener('popstate', onPop);
  win.addEventListener('hashchange', onPop);

  return {
    get action() {
      return action;
    },
    get location() {
      return location;
    },
    createHref: (to) => `#${createPath(parsePath(to))}`,
    push: (to, state) => navigate('PUSH', to, state),
    replace: (to, state) => navigate('REPLACE', to, state),
    go: (delta) => globalHistory.go(delta),
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    block: (blocker) => {
      blockers.add(blocker);
      return () => blockers.delete(blocker);
    },
    onBlocked: (listener) => {
      blockedListeners.add(listener);
      return () => blockedListeners.delete(listener);
    },
  };
}
