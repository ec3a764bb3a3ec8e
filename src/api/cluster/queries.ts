import { queryOptions } from '@tanstack/react-query';
import type { LxdClient, LxdClusterGroup, LxdClusterMember, LxdClusterMemberState, LxdInstance } from '@/lxd';
import { serverCollectionQueries } from '../collection';
import { clusterKeys } from './keys';

/** Never ask these of a standalone server: LXD answers `500 Server is not clustered`. */
export const clusterMemberQueries = serverCollectionQueries<LxdClusterMember>('/1.0/cluster/members', {
  list: clusterKeys.memberList,
  detail: clusterKeys.member,
});

export const clusterGroupQueries = serverCollectionQueries<LxdClusterGroup>('/1.0/cluster/groups', {
  list: clusterKeys.groupList,
  detail: clusterKeys.group,
});

/** A member's memory and load; `load` is null where the server cannot tell it. */
export interface ClusterMemberUsage {
  memoryUsed: number | null;
  memoryTotal: number | null;
  load: readonly number[] | null;
}

interface ResourcesMemory {
  memory?: { used?: number; total?: number };
}

/**
 * Memory and load of one member: its `/state` where the server has `cluster_member_state`;
 * otherwise (LXD 5.0) memory from `/1.0/resources?target=<member>`, and no load.
 */
export function memberUsageQuery(client: LxdClient, name: string, hasMemberState: boolean) {
  return queryOptions({
    queryKey: clusterKeys.memberUsage(client.id, name),
    queryFn: async ({ signal }): Promise<ClusterMemberUsage> => {
      if (hasMemberState) {
        const state = (await client.get<LxdClusterMemberState>(`/1.0/cluster/members/${encodeURIComponent(name)}/state`, { signal })).data;
        const info = state.sysinfo ?? {};
        const total = info.total_ram ?? null;
        return { memoryTotal: total, memoryUsed: total === null ? null : total - (info.free_ram ?? 0) - (info.buffered_ram ?? 0), load: info.load_averages ?? null };
      }
      const resources = (await client.get<ResourcesMemory>('/1.0/resources', { query: { target: name }, signal })).data;
      return { memoryUsed: resources.memory?.used ?? null, memoryTotal: resources.memory?.total ?? null, load: null };
    },
  });
}

/**
 * Where each instance of every project is (`location`), for the members' instance counts. Read
 * again each time the members are shown (instance events do not keep it), and after an evacuation.
 */
export function instanceLocationsQuery(client: LxdClient) {
  return queryOptions({
    queryKey: clusterKeys.locations(client.id),
    queryFn: async ({ signal }) =>
      ((await client.get<LxdInstance[]>('/1.0/instances', { query: { recursion: 1, 'all-projects': true }, signal })).data ?? []).map(
        (instance) => ({ name: instance.name, project: instance.project, location: instance.location }),
      ),
    staleTime: 0,
  });
}
