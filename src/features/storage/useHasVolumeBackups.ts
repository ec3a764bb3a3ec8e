import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { serverQueries } from '@/api/server/queries';
import { hasExtension } from '@/lxd';

/** Volume backups (export and import) need `custom_volume_backup`; without it they are not offered. */
export function useHasVolumeBackups(): boolean {
  const client = useLxdClient();
  const server = useQuery(serverQueries.info(client)).data;
  return !!server && hasExtension(server, 'custom_volume_backup');
}
