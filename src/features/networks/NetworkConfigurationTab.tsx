import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { useUpdateNetwork } from '@/api/networks/mutations';
import { networkQueries } from '@/api/networks/queries';
import { ConfigEditor } from '@/components/config/ConfigEditor';
import { useInstanceRoute as useObjectRoute } from '@/components/useInstanceRoute';
import { networkConfigResource } from './networkConfig';

/** The network's description and config through the shared editor (form for its type's keys + YAML, If-Match). */
export function NetworkConfigurationTab() {
  const { project, name } = useObjectRoute();
  const client = useLxdClient();
  const detail = useQuery(networkQueries.detail(client, project, name));
  const save = useUpdateNetwork(project, name);
  if (!detail.data) return null;
  return (
    <ConfigEditor key={`${project}/${name}`} resource={networkConfigResource(detail.data.data.type)} name={name} latest={detail.data} save={save} />
  );
}
