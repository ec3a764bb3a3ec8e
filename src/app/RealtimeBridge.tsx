import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLxdClient } from '@/api/client-context';
import { connectRealtime } from '@/realtime/connect';

/** Keeps the server's events socket open while the dashboard is shown. Renders nothing. */
export function RealtimeBridge() {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  useEffect(() => connectRealtime(client, queryClient), [client, queryClient]);
  return null;
}
