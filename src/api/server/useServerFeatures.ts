import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '../client-context';
import { serverQueries } from './queries';

/**
 * The server's API extensions (GET /1.0, already read by the server gate) as a set, and a few
 * server facts the network pages need. Until it is read, nothing counts as present.
 */
export function useServerFeatures() {
  const client = useLxdClient();
  const server = useQuery(serverQueries.info(client)).data;
  const extensions = new Set(server?.api_extensions ?? []);
  return {
    has: (extension: string) => extensions.has(extension),
    /** OVN needs the server's northbound connection set. */
    ovnConfigured: !!server?.config?.['network.ovn.northbound_connection'],
  };
}
