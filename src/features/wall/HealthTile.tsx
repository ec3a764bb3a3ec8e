import { useQueries, useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { clusterMemberQueries, memberUsageQuery } from '@/api/cluster/queries';
import { useClustered } from '@/api/cluster/useClustered';
import { serverQueries } from '@/api/server/queries';
import { useServerFeatures } from '@/api/server/useServerFeatures';
import { storagePoolQueries } from '@/api/storage/queries';
import { errorText } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { StatusBadge } from '@/components/StatusBadge';
import { UsageBar, usageOf } from '@/components/UsageBar';
import { WALL_MAX_POOLS } from '@/lib/earlyRequests';
import type { LxdClusterMember } from '@/lxd';
import { useServerConnection } from '@/realtime/connectionStore';
import { MoreCount, Tile, TileUnavailable } from './Tile';
import { firstOf } from './wallModel';

/** Memory, load and pool space change without any event: read again this often while shown. */
export const HEALTH_INTERVAL_MS = 60_000;
const MAX_MEMBERS = 4;
// The early script reads their space before the wall has loaded (lib/earlyRequests.ts).
const MAX_POOLS = WALL_MAX_POOLS;

/** The server (or each cluster member): status, memory, load; then the storage pools' space. */
export function HealthTile({ project }: { project: string }) {
  const clustered = useClustered();
  const server = useServerHealth(!clustered);
  const members = useMembersHealth(clustered);
  const pools = usePoolSpace(project);
  return (
    <Tile id="health" title={clustered ? 'Cluster members' : 'Server'} ready={(clustered ? members.ready : server.ready) && pools.ready}>
      {clustered ? <Members health={members} /> : <Standalone health={server} />}
      <Pools pools={pools} />
    </Tile>
  );
}

/** This server's name and memory (read while `enabled`: a cluster shows its members instead). */
function useServerHealth(enabled: boolean) {
  const client = useLxdClient();
  const server = useQuery(serverQueries.info(client));
  const resources = useQuery({ ...serverQueries.resources(client), refetchInterval: HEALTH_INTERVAL_MS, enabled });
  return { server: server.data, resources, ready: !server.isPending && !resources.isPending };
}

function Standalone({ health: { server, resources } }: { health: ReturnType<typeof useServerHealth> }) {
  const client = useLxdClient();
  const { status } = useServerConnection(client.id);
  const memory = usageOf(resources.data?.memory?.used, resources.data?.memory?.total);
  return (
    <div className="wall-member" data-member={server?.environment?.server_name ?? ''}>
      <p className="wall-member-head">
        <span className="wall-name">{server?.environment?.server_name ?? 'LXD'}</span>
        <StatusBadge status={status === 'live' ? 'Online' : status === 'connecting' ? 'Connecting' : 'Unreachable'} />
        <span className="wall-muted">LXD {server?.environment?.server_version ?? '?'}</span>
      </p>
      {memory ? <UsageBar usage={memory} label="Memory used" /> : resources.isError ? <TileUnavailable>Memory: {errorText(resources.error)}</TileUnavailable> : null}
      <p className="wall-muted wall-small">Load: LXD reports it for cluster members only.</p>
    </div>
  );
}

/** The first members and their memory and load (read while `enabled`, on a cluster). */
function useMembersHealth(enabled: boolean) {
  const client = useLxdClient();
  const { has } = useServerFeatures();
  const members = useQuery({ ...clusterMemberQueries.list(client), enabled });
  const { shown, more } = firstOf(members.data ?? [], MAX_MEMBERS);
  const usage = useQueries({
    queries: shown.map((member) => ({ ...memberUsageQuery(client, member.server_name, has('cluster_member_state')), refetchInterval: HEALTH_INTERVAL_MS })),
  });
  return { members, shown, more, usage, ready: !members.isPending && usage.every((result) => !result.isPending) };
}

function Members({ health: { members, shown, more, usage } }: { health: ReturnType<typeof useMembersHealth> }) {
  if (members.isPending) return <LoadingState label="Loading members…" />;
  if (members.isError) return <TileUnavailable>{errorText(members.error)}</TileUnavailable>;
  return (
    <>
      {shown.map((member, index) => (
        <Member key={member.server_name} member={member} usage={usage[index]?.data} />
      ))}
      <MoreCount more={more} what="members" />
    </>
  );
}

function Member({ member, usage }: { member: LxdClusterMember; usage: { memoryUsed: number | null; memoryTotal: number | null; load: readonly number[] | null } | undefined }) {
  const memory = usage ? usageOf(usage.memoryUsed, usage.memoryTotal) : undefined;
  return (
    <div className="wall-member" data-member={member.server_name}>
      <p className="wall-member-head">
        <span className="wall-name">{member.server_name}</span>
        <StatusBadge status={member.status} />
        <span className="wall-muted">
          {usage?.load ? `load ${usage.load.map((value) => value.toFixed(2)).join(' ')}` : usage ? 'load not reported (LXD 5.0)' : ''}
        </span>
      </p>
      {memory && <UsageBar usage={memory} label={`Memory used on ${member.server_name}`} />}
      {member.message && member.message !== 'Fully operational' && <p className="wall-muted wall-small">{member.message}</p>}
    </div>
  );
}

/** The first storage pools and their space. */
function usePoolSpace(project: string) {
  const client = useLxdClient();
  const names = useQuery(storagePoolQueries.names(client, project));
  const { shown, more } = firstOf(names.data ?? [], MAX_POOLS);
  const resources = useQueries({
    queries: shown.map((pool) => ({ ...storagePoolQueries.resources(client, project, pool.name), refetchInterval: HEALTH_INTERVAL_MS })),
  });
  return { names, shown, more, resources, ready: !names.isPending && resources.every((result) => !result.isPending) };
}

function Pools({ pools: { names, shown, more, resources } }: { pools: ReturnType<typeof usePoolSpace> }) {
  if (names.isError) return <TileUnavailable>Storage pools: {errorText(names.error)}</TileUnavailable>;
  return (
    <div className="wall-pools">
      <h3 className="wall-subtitle">Storage pools</h3>
      {shown.map((pool, index) => {
        const space = usageOf(resources[index]?.data?.space.used, resources[index]?.data?.space.total);
        return (
          <div key={pool.name} className="wall-pool" data-pool={pool.name}>
            <span className="wall-name">{pool.name}</span>
            {space ? <UsageBar usage={space} label={`Space used in ${pool.name}`} /> : <span className="wall-muted">…</span>}
          </div>
        );
      })}
      <MoreCount more={more} what="pools" />
    </div>
  );
}
