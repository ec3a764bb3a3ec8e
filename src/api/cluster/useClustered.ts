import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '../client-context';
import { serverQueries } from '../server/queries';

/** True on a clustered server (`environment.server_clustered` of GET /1.0, already read by the gate). */
export function useClustered(): boolean {
  const client = useLxdClient();
  return useQuery({ ...serverQueries.info(client), select: (server) => !!server.environment?.server_clustered }).data ?? false;
}
