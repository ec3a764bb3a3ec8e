import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { clusterMemberQueries } from '@/api/cluster/queries';
import { DetailLayout } from '@/components/DetailLayout';
import { QueryState } from '@/components/QueryState';
import { ActionButton } from '@/components/reasons';
import { StatusBadge } from '@/components/StatusBadge';
import { CLUSTER_MEMBER_TABS, paths } from '@/config/paths';
import { memberActionRefusal, type MemberAction } from './clusterModel';
import { MemberStateDialog } from './MemberStateDialog';
import './cluster.css';

/** One cluster member: its state, its configuration, evacuate and restore. */
export function MemberPage() {
  const name = useParams().name ?? '';
  const client = useLxdClient();
  const detail = useQuery(clusterMemberQueries.detail(client, name));
  const [action, setAction] = useState<MemberAction | null>(null);
  return (
    <QueryState
      query={detail}
      what={`cluster member ${name}`}
      notFound={{
        title: `Cluster member “${name}” not found`,
        message: 'The cluster has no member of that name.',
        back: { label: 'Back to the cluster', to: paths.cluster() },
      }}
    >
      {({ data: member }) => (
        <DetailLayout
          title={member.server_name}
          titleContext={['Cluster']}
          breadcrumbs={[{ label: 'Cluster', to: paths.cluster() }]}
          badges={<StatusBadge status={member.status} />}
          subtitle={member.message}
          tabsLabel="Member sections"
          tabs={[
            { label: 'Overview', to: paths.clusterMember(name) },
            ...CLUSTER_MEMBER_TABS.map((tab) => ({ label: tab.label, to: paths.clusterMember(name, tab.id) })),
          ]}
          pageProps={{ 'data-member': member.server_name }}
          actions={
            <>
              {(['evacuate', 'restore'] as const).map((each) => (
                <ActionButton write key={each} aria-haspopup="dialog" reason={memberActionRefusal(member, each)} onClick={() => setAction(each)}>
                  {each === 'evacuate' ? 'Evacuate…' : 'Restore…'}
                </ActionButton>
              ))}
              {action && <MemberStateDialog member={member.server_name} action={action} onClose={() => setAction(null)} />}
            </>
          }
        />
      )}
    </QueryState>
  );
}
