import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { useUpdateMember } from '@/api/cluster/mutations';
import { clusterMemberQueries } from '@/api/cluster/queries';
import { ConfigEditor } from '@/components/config/ConfigEditor';
import { memberConfigResource } from './memberConfig';

/** The member's description and config through the shared editor (form + YAML, If-Match). */
export function MemberConfigurationTab() {
  const name = useParams().name ?? '';
  const client = useLxdClient();
  const detail = useQuery(clusterMemberQueries.detail(client, name));
  const save = useUpdateMember(name);
  if (!detail.data) return null;
  return <ConfigEditor key={name} resource={memberConfigResource} name={name} latest={detail.data} save={save} />;
}
