import { queryOptions } from '@tanstack/react-query';
import type { LxdClient, LxdNetwork, LxdNetworkForward, LxdNetworkLease, LxdNetworkPeer, LxdNetworkState } from '@/lxd';
import { objectPath, projectCollectionQueries } from '../collection';
import { namesQuery, readInTurn, untilEventsOpen } from '../namedList';
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

const collection = projectCollectionQueries<LxdNetwork>(NETWORKS, networkKeys);

export const networkQueries = {
  /**
   * Every network the server reports, host interfaces included; callers pick the managed ones.
   * Slow on LXD 5.0 beside many instances (each network's `used_by`): lists use `names`.
   */
  ...collection,
  /** The names of every network, host interfaces included: one quick request. */
  names: (client: LxdClient, project: string) => namesQuery({ queryKey: networkKeys.names(client.id, project), client, project, collection: NETWORKS }),
  /** One network as a list row reads it: in turn with the other rows on screen, the object alone. */
  row: (client: LxdClient, project: string, name: string) =>
    queryOptions({
      queryKey: networkKeys.detail(client.id, project, name),
      queryFn: (read) => readInTurn(client, () => client.get<LxdNetwork>(networkPath(name), { project, signal: read.signal }), read),
      select: (result) => result.data,
    }),
  /** The interface's state (up/down, MTU, MAC, addresses, counters); read per row on screen, once the page's events socket is open. */
  state: (client: LxdClient, project: string, name: string) =>
    queryOptions({
      queryKey: networkKeys.state(client.id, project, name),
      queryFn: async (read) => {
        await untilEventsOpen(read);
        return (await client.get<LxdNetworkState>(`${networkPath(name)}/state`, { project, signal: read.signal })).data;
      },
    }),
  leases: (client: LxdClient, project: string, name: string) =>
    subQuery<LxdNetworkLease[] | null>(networkKeys.leases(client.id, project, name), client, project, `${networkPath(name)}/leases`),
  forwards: (client: LxdClient, project: string, name: string) =>
    subQuery<LxdNetworkForward[] | null>(networkKeys.forwards(client.id, project, name), client, project, `${networkPath(name)}/forwards`, true),
  peers: (client: LxdClient, project: string, name: string) =>
    subQuery<LxdNetworkPeer[] | null>(networkKeys.peers(client.id, project, name), client, project, `${networkPath(name)}/peers`, true),
};
