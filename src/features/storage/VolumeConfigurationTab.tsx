import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { useUpdateVolume } from '@/api/storage-volumes/mutations';
import { storageVolumeQueries } from '@/api/storage-volumes/queries';
import { ConfigEditor } from '@/components/config/ConfigEditor';
import { volumeConfigResource } from './storageConfig';
import { useStorageRoute } from './useStorageRoute';

/** The volume's description and config (size, snapshot schedule …) through the shared editor. */
export function VolumeConfigurationTab() {
  const { project, pool, volume: name } = useStorageRoute();
  const client = useLxdClient();
  const detail = useQuery(storageVolumeQueries.detail(client, project, pool, 'custom', name));
  const save = useUpdateVolume(project, pool, name);
  if (!detail.data) return null;
  return <ConfigEditor key={`${project}/${pool}/${name}`} resource={volumeConfigResource} name={name} latest={detail.data} save={save} />;
}
