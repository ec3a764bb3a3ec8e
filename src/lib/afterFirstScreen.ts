import type { QueryClient } from '@tanstack/react-query';

export interface AfterFirstScreenOptions {
  /** Run by then at the latest, whatever is still being read (ms after the call). */
  maxWaitMs?: number;
  /** For tests: the timer functions. */
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

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
 * Runs `run` once the first screen's reads are in: when at least one read has started and none is
 * left in flight (queries, and the reads counted by `trackFirstScreenRead`), or after `maxWaitMs`,
 * whichever comes first. What the first screen does not need (the events code, the project
 * switcher's and the warnings' reads) waits for it, so it neither adds to the bytes before the
 * first row nor competes with the first screen's reads: LXD 5.0 holds requests behind a projects
 * read. Returns a function that cancels.
 */
export function afterFirstScreen(queryClient: QueryClient, run: () => void, options: AfterFirstScreenOptions = {}): () => void {
  const { maxWaitMs = 1500, setTimer = (f, ms) => setTimeout(f, ms), clearTimer = (t) => clearTimeout(t as never) } = options;
  let done = false;
  const reading = () => queryClient.isFetching() + outsideReads > 0;
  let sawRead = reading();
  const check = () => {
    if (reading()) sawRead = true;
    else if (sawRead) finish();
  };
  const unsubscribe = queryClient.getQueryCache().subscribe(check);
  outsideListeners.add(check);
  const stop = () => {
    done = true;
    unsubscribe();
    outsideListeners.delete(check);
    clearTimer(deadline);
  };
  function finish() {
    if (done) return;
    stop();
    // After the task that settled the last read, so its rows are rendered first.
    setTimer(run, 0);
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
