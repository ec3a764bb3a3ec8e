import type { QueryClient } from '@tanstack/react-query';

export interface AfterFirstScreenOptions {
  /** Run by then at the latest, whatever is still being read (ms after the call). */
  maxWaitMs?: number;
  /** For tests: the timer functions. */
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  /** For tests: runs `run` once the page's main thread is idle (`requestIdleCallback`). */
  whenIdle?: (run: () => void) => void;
}

/** Longest wait for an idle main thread before the quiet is taken as it is. */
const IDLE_WAIT_MS = 500;

const whenMainThreadIdle = (run: () => void) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: IDLE_WAIT_MS });
  else setTimeout(run, 0);
};

/** How long nothing may be in flight before the first screen counts as in. */
const QUIET_MS = 100;

/** Reads of the first screen made outside the query cache (a list's preview), still in flight. */
let outsideReads = 0;
const outsideListeners = new Set<() => void>();

/** Counts a read the first screen waits for that is not a query (see `api/listPreview.ts`). */
export function trackFirstScreenRead<T>(read: Promise<T>): Promise<T> {
  outsideReads += 1;
  const settle = () => {
    outsideReads -= 1;
    for (const listener of outsideListeners) listener();
  };
  read.then(settle, settle);
  return read;
}

/**
 * Runs `run` once the first screen's reads are in: when at least one read has started, none has
 * been in flight for 100 ms (queries, and the reads counted by `trackFirstScreenRead`) and the main
 * thread has then gone idle with still none in flight, or after `maxWaitMs`, whichever comes first.
 * The idle wait is for the render an answer sets off: on a loaded machine it can take longer than
 * the quiet (seen: 220 ms between the server's answer and the volume list asking for its names, a
 * render of 250-400 ms of wall time), and the reads it starts come only once it is committed.
 * What the first screen does not need (the events code, the project switcher's and the warnings'
 * reads) waits for it, so it neither adds to the bytes before the
 * first row nor competes with the first screen's reads: LXD 5.0 holds requests behind a projects
 * read. Returns a function that cancels.
 */
export function afterFirstScreen(queryClient: QueryClient, run: () => void, options: AfterFirstScreenOptions = {}): () => void {
  const {
    maxWaitMs = 1500,
    setTimer = (f, ms) => setTimeout(f, ms),
    clearTimer = (t) => clearTimeout(t as never),
    whenIdle = whenMainThreadIdle,
  } = options;
  let done = false;
  const reading = () => queryClient.isFetching() + outsideReads > 0;
  let sawRead = reading();
  let quiet: unknown;
  // Nothing in flight: wait a moment before deciding, as an answer often makes the page ask for
  // the next read only once it has rendered (the list preview's names, then its objects).
  const check = () => {
    if (done) return;
    if (reading()) {
      sawRead = true;
      return;
    }
    if (!sawRead || quiet !== undefined) return;
    quiet = setTimer(() => {
      whenIdle(() => {
        quiet = undefined;
        if (!reading()) finish();
      });
    }, QUIET_MS);
  };
  const unsubscribe = queryClient.getQueryCache().subscribe(check);
  outsideListeners.add(check);
  const stop = () => {
    done = true;
    unsubscribe();
    outsideListeners.delete(check);
    clearTimer(deadline);
    if (quiet !== undefined) clearTimer(quiet);
  };
  function finish() {
    if (done) return;
    stop();
    run();
  }
  const deadline = setTimer(finish, maxWaitMs);
  return stop;
}

let firstScreenDone = false;
const doneListeners = new Set<() => void>();

/** Called once, when the page's first screen is in (`afterFirstScreen` from the app's start). */
export function markFirstScreenDone(): void {
  if (firstScreenDone) return;
  firstScreenDone = true;
  for (const listener of doneListeners) listener();
}

/** Whether the first screen is in; for `useSyncExternalStore`. */
export function isFirstScreenDone(): boolean {
  return firstScreenDone;
}

export function subscribeFirstScreenDone(listener: () => void): () => void {
  doneListeners.add(listener);
  return () => doneListeners.delete(listener);
}
