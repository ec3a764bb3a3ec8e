import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLxdClient } from '@/api/client-context';
import { useFirstScreenDone } from '@/components/useFirstScreenDone';
import { composesWalls } from '@/features/wall/wallServers';
import { isFramed } from '@/lib/frameGuard';

/**
 * Keeps the server's events socket open while the dashboard is shown. Renders nothing.
 * The events code (router, registry, cache updater) is its own chunk, fetched once the first
 * screen's reads are in (`lib/afterFirstScreen.ts`), not before or beside them. The socket itself is open
 * long before: the early script opened it and keeps what it receives until this code takes it
 * over (lib/earlyEvents.ts); whatever was read before the socket opened is read again once it is
 * open (realtime/rereadBefore.ts), so nothing announced meanwhile is missed.
 */
export function RealtimeBridge() {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  const ready = useFirstScreenDone();
  // A page opened as a composed wall shows only frames, each listening for itself (a kiosk
  // address: nothing on it leads elsewhere).
  const [needed] = useState(() => !composesWalls(window.location.hash, isFramed(window)));
  useEffect(() => {
    if (!ready || !needed) return;
    let stop: (() => void) | undefined;
    let unmounted = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    // Fetched while the server may be unreachable: tried again until it loads (the page stays
    // "Connecting" meanwhile; the early socket keeps what it receives).
    const load = (attempt: number) => {
      import('@/realtime/connect').then(
        ({ connectRealtime }) => {
          if (!unmounted) stop = connectRealtime(client, queryClient);
        },
        () => {
          if (!unmounted) retry = setTimeout(() => load(attempt + 1), Math.min(1000 * 2 ** attempt, 30_000));
        },
      );
    };
    load(0);
    return () => {
      unmounted = true;
      clearTimeout(retry);
      stop?.();
    };
  }, [ready, needed, client, queryClient]);
  return null;
}
