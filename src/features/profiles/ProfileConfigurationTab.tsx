import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { useUpdateProfile } from '@/api/profiles/mutations';
import { profileQueries } from '@/api/profiles/queries';
import { ConfigEditor } from '@/components/config/ConfigEditor';
import { profileConfigResource } from './profileConfig';
import { useProfileRoute } from './useProfileRoute';

/** The profile's description, config and devices through the shared editor (form + YAML, If-Match). */
export function ProfileConfigurationTab() {
  const { project, name } = useProfileRoute();
  const client = useLxdClient();
  const detail = useQuery(profileQueries.detail(client, project, name));
  const save = useUpdateProfile(project, name);
  if (!detail.data) return null;
  return <ConfigEditor key={`${project}/${name}`} resource={profileConfigResource} name={name} latest={detail.data} save={save} />;
}
