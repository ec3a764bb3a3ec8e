import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLxdClient } from '@/api/client-context';
import { afterFirstScreen } from '@/lib/afterFirstScreen';

/**
 * Keeps the server's events socket open while the dashboard is shown. Renders nothing.
 * The events code (router, registry, cache updater) is its own chunk, fetched once the first
 * screen's reads are in (`afterFirstScreen`), not before or beside them. The socket itself is open
 * long before: the early script opened it and keeps what it receives until this code takes it
 * over (lib/earlyEvents.ts); whatever was read before the socket opened is read again once it is
 * open (realtime/rereadBefore.ts), so nothing announced meanwhile is missed.
 */
/** Set once the events code has been asked for: a later mount (another client) need not wait. */
let firstScreenPassed = false;

export function RealtimeBridge() {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  useEffect(() => {
    let stop: (() => void) | undefined;
    let unmounted = false;
    const connect = () => {
      firstScreenPassed = true;
      void import('@/realtime/connect').then(({ connectRealtime }) => {
        if (!unmounted) stop = connectRealtime(client, queryClient);
      });
    };
    const cancel = firstScreenPassed ? (connect(), () => undefined) : afterFirstScreen(queryClient, connect);
    return () => {
      unmounted = true;
      cancel();
      stop?.();
    };
  }, [client, queryClient]);
  return null;
}
