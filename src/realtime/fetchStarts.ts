import type { Query, QueryClient } from '@tanstack/react-query';

const starts = new WeakMap<Query, number>();

/**
 * Records when each query's latest read started (`Date.now()`), from the start of the app: what
 * was asked for after the events socket opened needs no second read (`rereadBefore.ts`).
 */
export function trackFetchStarts(queryClient: QueryClient): () => void {
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'fetch') starts.set(event.query, Date.now());
  });
}

/** When the query's latest read started; undefined if it was never read (set by hand). */
export function fetchStartedAt(query: Query): number | undefined {
  return starts.get(query);
}
