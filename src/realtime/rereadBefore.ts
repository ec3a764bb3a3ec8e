import type { Query, QueryClient } from '@tanstack/react-query';
import { serverKeys } from '@/api/server/keys';

/**
 * LXD keeps no event history: a change made after a query was answered but before the events
 * socket was open is announced to nobody. When the socket first opens, this re-reads every
 * query of the server that was answered before `openedAt`, and every query still being read
 * (its answer may predate the socket too) once that read ends. Returns a function that stops
 * waiting for the reads in flight.
 */
export function rereadAnsweredBefore(queryClient: QueryClient, serverId: string, openedAt: number): () => void {
  const cache = queryClient.getQueryCache();
  const reread = (query: Query) => void queryClient.invalidateQueries({ queryKey: query.queryKey, exact: true });
  const inFlight = new Set<Query>();
  for (const query of cache.findAll({ queryKey: serverKeys.all(serverId) })) {
    if (query.state.fetchStatus === 'fetching') inFlight.add(query);
    else if (query.state.dataUpdatedAt > 0 && query.state.dataUpdatedAt < openedAt) reread(query);
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
