import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { instanceQueries } from '@/api/instances/queries';
import { profileQueries } from '@/api/profiles/queries';
import { useInstanceRoute } from '@/components/useInstanceRoute';
import { ConfigurationEditor } from './ConfigurationEditor';

export function ConfigurationTab() {
  const { project, name } = useInstanceRoute();
  const client = useLxdClient();
  const detail = useQuery(instanceQueries.detail(client, project, name));
  const profiles = useQuery(profileQueries.list(client, project));
  // The detail page shows loading and errors; this tab renders once the instance is there.
  if (!detail.data) return null;
  return (
    <ConfigurationEditor
      // Another instance is another draft.
      key={`${project}/${name}`}
      project={project}
      name={name}
      latest={detail.data}
      profiles={profiles.data}
      refetch={() => void detail.refetch()}
    />
  );
}
