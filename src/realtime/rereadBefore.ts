import type { Query, QueryClient } from '@tanstack/react-query';
import { serverKeys } from '@/api/server/keys';
import { fetchStartedAt } from '@/api/fetchStarts';

export interface RereadOptions {
  /** `Date.now()` when the socket opened. */
  openedAt: number;
  /**
   * The last time a read was answered by a request the early script had sent before the app
   * started (`lastEarlyResponseUse`): a read that started by then may carry an older answer.
   */
  earlyUntil?: number;
  /** When a query's latest read started, if known (`fetchStarts.ts`). */
  startedAt?: (query: Query) => number | undefined;
}

/**
 * LXD keeps no event history: a change made after a query was answered but before the events
 * socket was open is announced to nobody. When the socket first opens, this re-reads every query
 * of the server whose answer may predate the socket: one whose read started before it opened (or
 * was answered by an early request), or, when the start is unknown, one answered before it opened.
 * A query still being read is re-read once that read ends. Returns a function that stops waiting
 * for the reads in flight.
 */
export function rereadAnsweredBefore(queryClient: QueryClient, serverId: string, options: RereadOptions): () => void {
  const { openedAt, earlyUntil = 0, startedAt = fetchStartedAt } = options;
  const cache = queryClient.getQueryCache();
  const reread = (query: Query) => void queryClient.invalidateQueries({ queryKey: query.queryKey, exact: true });
  const mayPredate = (query: Query) => {
    const started = startedAt(query);
    if (started === undefined) return query.state.fetchStatus === 'fetching' || query.state.dataUpdatedAt < openedAt;
    return started < openedAt || started <= earlyUntil;
  };
  const inFlight = new Set<Query>();
  for (const query of cache.findAll({ queryKey: serverKeys.all(serverId) })) {
    if (!mayPredate(query)) continue;
    if (query.state.fetchStatus === 'fetching') inFlight.add(query);
    else if (query.state.dataUpdatedAt > 0) reread(query);
  }
  if (inFlight.size === 0) return () => undefined;
  const unsubscribe = cache.subscribe((event) => {
    const query = event.query as Query;
    if (event.type === 'removed') inFlight.delete(query);
    else if (event.type === 'updated' && inFlight.has(query) && query.state.fetchStatus !== 'fetching') {
      inFlight.delete(query);
      if (query.state.status === 'success') reread(query);
    }
    if (inFlight.size === 0) unsubscribe();
  });
  return unsubscribe;
}
