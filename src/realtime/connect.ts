import type { QueryClient } from '@tanstack/react-query';
import { serverKeys } from '@/api/server/keys';
import { lastEarlyResponseUse } from '@/lib/earlyRequests';
import { takeEarlyEvents } from '@/lib/earlyEvents';
import { LxdEventStream, type LxdClient } from '@/lxd';
import { CacheUpdater, readObjectWith } from './applyCacheUpdates';
import { exposeEventReplay } from './benchReplay';
import { useConnectionStore } from './connectionStore';
import { cacheUpdatesForEvent } from './eventRouter';
import { recordLifecycleEvent } from './lifecycleLog';
import { recordOperationEvent } from './operationProgress';
import { rereadAnsweredBefore } from './rereadBefore';

/**
 * Opens the one events socket for a server and wires it to the cache. Lives outside React;
 * components only read the connection store. Returns a function that closes everything.
 */
export function connectRealtime(client: LxdClient, queryClient: QueryClient): () => void {
  // The socket the early script opened for the page's own server, if it is still up.
  const adopt = client.baseUrl === '' ? takeEarlyEvents(globalThis as never) : undefined;
  const stream = new LxdEventStream({
    url: client.websocketUrl('/1.0/events', { query: { type: 'operation,lifecycle', 'all-projects': 'true' } }),
    adopt,
  });
  const updater = new CacheUpdater(queryClient, client.id, readObjectWith(client));
  const { setStatus } = useConnectionStore.getState();

  const unsubscribeEvents = stream.subscribe((event) => updater.apply(cacheUpdatesForEvent(client.id, event)));
  stream.subscribe((event) => recordOperationEvent(client.id, event)); // dropped with the stream on stop
  stream.subscribe((event) => recordLifecycleEvent(client.id, event)); // the wall's last events, bounded
  let stopRereading: () => void = () => undefined;
  const unsubscribeStatus = stream.onStatus((status, previous) => {
    setStatus(client.id, status);
    if (status !== 'live') return;
    if (previous === 'connecting') {
      // What was read before the socket opened may have changed unannounced meanwhile.
      stopRereading = rereadAnsweredBefore(queryClient, client.id, {
        openedAt: stream.openedAt ?? Date.now(),
        earlyUntil: lastEarlyResponseUse(),
      });
    } else {
      // Events missed while the socket was down are gone: re-read everything that is on screen.
      void queryClient.invalidateQueries({ queryKey: serverKeys.all(client.id) });
    }
  });
  // Benchmark builds only; the branch and the module are left out of every other build.
  const stopBench = __LXDECK_BENCH__ && client.baseUrl === '' ? exposeEventReplay(stream) : () => undefined;
  const onOnline = () => stream.reconnectNow();
  globalThis.addEventListener?.('online', onOnline);

  setStatus(client.id, stream.status);
  stream.start();
  // The early socket received more than it kept: some events are gone, as after a drop.
  if (adopt?.overflowed) void queryClient.invalidateQueries({ queryKey: serverKeys.all(client.id) });

  return () => {
    globalThis.removeEventListener?.('online', onOnline);
    stopBench();
    unsubscribeEvents();
    unsubscribeStatus();
    stopRereading();
    updater.dispose();
    stream.stop();
  };
}
