import type { QueryClient } from '@tanstack/react-query';

export interface AfterFirstScreenOptions {
  /** Run by then at the latest, whatever is still being read (ms after the call). */
  maxWaitMs?: number;
  /** For tests: the timer functions. */
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/**
 * Runs `run` once the first screen's reads are in: when at least one read has started and none is
 * left in flight, or after `maxWaitMs`, whichever comes first. Code the first screen does not need
 * (the events chunk) is fetched then, so it neither adds to the bytes before the first row nor
 * competes with the reads for the network and the main thread. Returns a function that cancels.
 */
export function afterFirstScreen(queryClient: QueryClient, run: () => void, options: AfterFirstScreenOptions = {}): () => void {
  const { maxWaitMs = 1500, setTimer = (f, ms) => setTimeout(f, ms), clearTimer = (t) => clearTimeout(t as never) } = options;
  let done = false;
  let sawRead = queryClient.isFetching() > 0;
  const finish = () => {
    if (done) return;
    done = true;
    unsubscribe();
    clearTimer(deadline);
    // After the task that settled the last read, so its rows are rendered first.
    setTimer(run, 0);
  };
  const unsubscribe = queryClient.getQueryCache().subscribe(() => {
    if (queryClient.isFetching() > 0) sawRead = true;
    else if (sawRead) finish();
  });
  const deadline = setTimer(finish, maxWaitMs);
  return () => {
    done = true;
    unsubscribe();
    clearTimer(deadline);
  };
}
