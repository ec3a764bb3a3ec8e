import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { memberUsageQuery } from '@/api/cluster/queries';
import type { Column } from '@/components/DataTable';
import { StatusBadge } from '@/components/StatusBadge';
import { paths } from '@/config/paths';
import { formatBytes } from '@/lib/format';
import type { LxdClusterMember } from '@/lxd';
import { memberRoles, memoryText } from './clusterModel';

/** Memory and load of a member, read only while its row is rendered. */
function MemberUsageCell({ name, hasMemberState, part }: { name: string; hasMemberState: boolean; part: 'memory' | 'load' }) {
  const client = useLxdClient();
  const usage = useQuery(memberUsageQuery(client, name, hasMemberState));
  if (part === 'load' && !hasMemberState) return <span title="This LXD cannot report a member’s load (it lacks cluster_member_state).">—</span>;
  if (!usage.data) return <span aria-label={usage.isError ? 'Could not be read' : 'Loading'}>{usage.isError ? '?' : '…'}</span>;
  if (part === 'memory') return <>{memoryText(usage.data.memoryUsed, usage.data.memoryTotal, formatBytes)}</>;
  return <>{usage.data.load ? usage.data.load.map((value) => value.toFixed(2)).join(' ') : '—'}</>;
}

export function memberColumns(counts: ReadonlyMap<string, number> | undefined, hasMemberState: boolean): Column<LxdClusterMember>[] {
  return [
    {
      id: 'name',
      label: 'Name',
      width: '10rem',
      className: 'cell-name',
      sortValue: (member) => member.server_name,
      render: (member) => <Link to={paths.clusterMember(member.server_name)}>{member.server_name}</Link>,
    },
    { id: 'url', label: 'URL', hideNarrow: true, className: 'cell-mono', sortValue: (member) => member.url, render: (member) => member.url },
    {
      id: 'roles',
      label: 'Roles',
      width: '14rem',
      hideNarrow: true,
      sortValue: (member) => memberRoles(member).join(', '),
      render: (member) => memberRoles(member).join(', ') || '—',
    },
    {
      id: 'status',
      label: 'Status',
      width: '12rem',
      sortValue: (member) => member.status,
      render: (member) => (
        <>
          <StatusBadge status={member.status} />
          {member.message && <span className="cluster-message">{member.message}</span>}
        </>
      ),
    },
    { id: 'failure_domain', label: 'Failure domain', hideNarrow: true, sortValue: (member) => member.failure_domain, render: (member) => member.failure_domain || '—' },
    { id: 'groups', label: 'Groups', hideNarrow: true, sortValue: (member) => (member.groups ?? []).join(', '), render: (member) => (member.groups ?? []).join(', ') || '—' },
    { id: 'architecture', label: 'Architecture', hideNarrow: true, sortValue: (member) => member.architecture, render: (member) => member.architecture },
    {
      id: 'instances',
      label: 'Instances',
      width: '7rem',
      sortValue: (member) => counts?.get(member.server_name) ?? 0,
      render: (member) => (counts ? String(counts.get(member.server_name) ?? 0) : '…'),
    },
    {
      id: 'memory',
      label: 'Memory',
      hideNarrow: true,
      render: (member) => <MemberUsageCell name={member.server_name} hasMemberState={hasMemberState} part="memory" />,
    },
    {
      id: 'load',
      label: 'Load',
      width: '8rem',
      hideNarrow: true,
      render: (member) => <MemberUsageCell name={member.server_name} hasMemberState={hasMemberState} part="load" />,
    },
  ];
}
