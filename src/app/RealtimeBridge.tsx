import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLxdClient } from '@/api/client-context';
import { useFirstScreenDone } from '@/components/useFirstScreenDone';

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
  useEffect(() => {
    if (!ready) return;
    let stop: (() => void) | undefined;
    let unmounted = false;
    void import('@/realtime/connect').then(({ connectRealtime }) => {
      if (!unmounted) stop = connectRealtime(client, queryClient);
    });
    return () => {
      unmounted = true;
      stop?.();
    };
  }, [ready, client, queryClient]);
  return null;
}
