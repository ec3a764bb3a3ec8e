import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { useUpdateStoragePool } from '@/api/storage/mutations';
import { storagePoolQueries } from '@/api/storage/queries';
import { ConfigEditor } from '@/components/config/ConfigEditor';
import { poolConfigResource } from './storageConfig';
import { useStorageRoute } from './useStorageRoute';

/** The pool's description and config through the shared editor: the driver's keys in the form, all in YAML. */
export function PoolConfigurationTab() {
  const { project, pool: name } = useStorageRoute();
  const client = useLxdClient();
  const detail = useQuery(storagePoolQueries.detail(client, project, name));
  const save = useUpdateStoragePool(project, name);
  if (!detail.data) return null;
  return <ConfigEditor key={name} resource={poolConfigResource(detail.data.data.driver)} name={name} latest={detail.data} save={save} />;
}
