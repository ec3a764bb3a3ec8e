import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLxdClient } from '@/api/client-context';

/**
 * Keeps the server's events socket open while the dashboard is shown. Renders nothing.
 * The events code (router, registry, cache updater) is its own chunk, loaded beside the first
 * page instead of before it; whatever was read before the socket opened is read again once it
 * is open (realtime/rereadBefore.ts), so nothing announced meanwhile is missed.
 */
export function RealtimeBridge() {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  useEffect(() => {
    let stop: (() => void) | undefined;
    let unmounted = false;
    void import('@/realtime/connect').then(({ connectRealtime }) => {
      if (!unmounted) stop = connectRealtime(client, queryClient);
    });
    return () => {
      unmounted = true;
      stop?.();
    };
  }, [client, queryClient]);
  return null;
}
