import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { clusterMemberQueries, memberUsageQuery } from '@/api/cluster/queries';
import { useServerFeatures } from '@/api/server/useServerFeatures';
import { Fact } from '@/components/FactsTable';
import { ConfigKeysTable, DescriptionSection, OverviewSection } from '@/components/OverviewSection';
import { formatBytes } from '@/lib/format';
import { memberRoles, memoryText } from './clusterModel';

/** What the member is (URL, roles, failure domain, groups) and its memory and load. */
export function MemberOverviewTab() {
  const name = useParams().name ?? '';
  const client = useLxdClient();
  const hasMemberState = useServerFeatures().has('cluster_member_state');
  const member = useQuery(clusterMemberQueries.detail(client, name)).data?.data;
  const usage = useQuery(memberUsageQuery(client, name, hasMemberState));
  if (!member) return null;
  return (
    <div className="overview">
      <DescriptionSection id="member-description-title" description={member.description} />
      <OverviewSection id="member-facts-title" title="Member">
        <dl className="facts">
          <Fact label="URL">{member.url}</Fact>
          <Fact label="Roles">{memberRoles(member).join(', ') || '—'}</Fact>
          <Fact label="Failure domain">{member.failure_domain || '—'}</Fact>
          <Fact label="Groups">{(member.groups ?? []).join(', ') || '—'}</Fact>
          <Fact label="Architecture">{member.architecture}</Fact>
          <Fact label="Memory">{usage.data ? memoryText(usage.data.memoryUsed, usage.data.memoryTotal, formatBytes) : usage.isError ? usage.error.message : '…'}</Fact>
          <Fact label="Load">
            {hasMemberState
              ? (usage.data?.load?.map((value) => value.toFixed(2)).join(' ') ?? '…')
              : 'Not reported by this LXD (it lacks cluster_member_state).'}
          </Fact>
        </dl>
      </OverviewSection>
      <OverviewSection id="member-config-title" title="Configuration">
        <ConfigKeysTable config={member.config} />
      </OverviewSection>
    </div>
  );
}
