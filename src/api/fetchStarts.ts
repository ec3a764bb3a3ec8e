import type { Query, QueryClient, QueryKey } from '@tanstack/react-query';

const starts = new WeakMap<Query, number>();

/**
 * Records when each query's latest read started (`Date.now()`), from the start of the app: what
 * was asked for after the events socket opened needs no second read (`realtime/rereadBefore.ts`).
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

/**
 * A read that waits before it asks LXD (its turn among a list's rows, the events socket opening:
 * `api/namedList.ts`) notes when it really asks: what it asks for after the socket opened needs
 * no second read, even though the query started waiting before.
 */
export function noteReadStart(queryClient: QueryClient, queryKey: QueryKey): void {
  const query = queryClient.getQueryCache().find({ queryKey, exact: true });
  if (query) starts.set(query, Date.now());
}
