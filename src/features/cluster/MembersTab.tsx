import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useLxdClient } from '@/api/client-context';
import { clusterMemberQueries, instanceLocationsQuery } from '@/api/cluster/queries';
import { useServerFeatures } from '@/api/server/useServerFeatures';
import { DataTable } from '@/components/DataTable';
import { ListEmpty, ListFilterSelect, ListToolbar } from '@/components/ListToolbar';
import { QueryState } from '@/components/QueryState';
import { useListView, type ListViewSpec } from '@/components/useListView';
import type { LxdClusterMember } from '@/lxd';
import { instancesPerMember, memberActionRefusal, type MemberAction } from './clusterModel';
import { MemberActions } from './MemberActions';
import { memberColumns } from './memberColumns';
import { MemberStateDialog } from './MemberStateDialog';
import './cluster.css';

const STATUS_OPTIONS = ['Online', 'Evacuated', 'Offline', 'Blocked'].map((status) => ({ value: status, label: status }));

/** The cluster's members; memory and load are read only for the rows on screen. */
export function MembersTab() {
  const client = useLxdClient();
  const features = useServerFeatures();
  const members = useQuery(clusterMemberQueries.list(client));
  const locations = useQuery(instanceLocationsQuery(client));
  const counts = useMemo(() => (locations.data ? instancesPerMember(locations.data) : undefined), [locations.data]);
  const hasMemberState = features.has('cluster_member_state');
  const spec = useMemo<ListViewSpec<LxdClusterMember>>(
    () => ({
      columns: memberColumns(counts, hasMemberState),
      defaultSort: 'name',
      rowKey: (member) => member.server_name,
      text: (member) => [member.server_name, member.url, member.description, member.failure_domain, ...(member.groups ?? [])],
      filters: { status: (member, status) => member.status === status },
    }),
    [counts, hasMemberState],
  );
  const view = useListView(members.data, spec);
  const [dialog, setDialog] = useState<{ member: string; action: MemberAction } | null>(null);
  return (
    <QueryState query={members} what="the cluster members">
      {(_all, stale) => (
        <>
          <ListToolbar view={view} noun="members" searches="name, URL, failure domain or group">
            <ListFilterSelect view={view} name="status" label="Status" allLabel="All statuses" options={STATUS_OPTIONS} />
          </ListToolbar>
          <ListEmpty view={view} noun="members" empty={<p>The cluster lists no members.</p>} />
          {view.rows.length > 0 && (
            <DataTable
              label="Cluster members"
              columns={spec.columns}
              rows={view.rows}
              rowKey={spec.rowKey}
              sort={view.sort}
              stale={stale}
              actionsWidth="4rem"
              rowProps={(member) => ({ 'data-member': member.server_name })}
              actions={(member) => (
                <MemberActions
                  member={member.server_name}
                  refusal={(action) => memberActionRefusal(member, action)}
                  onOpen={(action) => setDialog({ member: member.server_name, action })}
                />
              )}
            />
          )}
          {dialog && <MemberStateDialog member={dialog.member} action={dialog.action} onClose={() => setDialog(null)} />}
        </>
      )}
    </QueryState>
  );
}
