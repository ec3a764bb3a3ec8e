import { queryOptions } from '@tanstack/react-query';
import type { LxdClient, LxdNetwork, LxdNetworkForward, LxdNetworkLease, LxdNetworkPeer, LxdNetworkState } from '@/lxd';
import { objectPath, projectCollectionQueries } from '../collection';
import { networkKeys } from './keys';

const NETWORKS = '/1.0/networks';
export const networkPath = (name: string) => objectPath(NETWORKS, name);

/** A read of one of a network's sub-collections (`leases`, `forwards?recursion=1` ...). */
const subQuery = <T>(key: readonly unknown[], client: LxdClient, project: string, path: string, recursion?: boolean) =>
  queryOptions({
    queryKey: key,
    queryFn: async ({ signal }) =>
      (await client.get<T>(path, { project, signal, ...(recursion ? { query: { recursion: 1 } } : {}) })).data,
  });

export const networkQueries = {
  /** Every network the server reports, host interfaces included; callers pick the managed ones. */
  ...projectCollectionQueries<LxdNetwork>(NETWORKS, networkKeys),
  /** The interface's state (up/down, MTU, MAC, addresses, counters); read per row on screen. */
  state: (client: LxdClient, project: string, name: string) =>
    subQuery<LxdNetworkState>(networkKeys.state(client.id, project, name), client, project, `${networkPath(name)}/state`),
  leases: (client: LxdClient, project: string, name: string) =>
    subQuery<LxdNetworkLease[] | null>(networkKeys.leases(client.id, project, name), client, project, `${networkPath(name)}/leases`),
  forwards: (client: LxdClient, project: string, name: string) =>
    subQuery<LxdNetworkForward[] | null>(networkKeys.forwards(client.id, project, name), client, project, `${networkPath(name)}/forwards`, true),
  peers: (client: LxdClient, project: string, name: string) =>
    subQuery<LxdNetworkPeer[] | null>(networkKeys.peers(client.id, project, name), client, project, `${networkPath(name)}/peers`, true),
};
