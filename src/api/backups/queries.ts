import { queryOptions } from '@tanstack/react-query';
import type { LxdClient, LxdInstanceBackup } from '@/lxd';
import { backupKeys } from './keys';

export const backupPath = (instance: string, backup?: string) =>
  `/1.0/instances/${encodeURIComponent(instance)}/backups${backup === undefined ? '' : `/${encodeURIComponent(backup)}`}`;

export const backupQueries = {
  list: (client: LxdClient, project: string, instance: string) =>
    queryOptions({
      queryKey: backupKeys.list(client.id, project, instance),
      queryFn: async ({ signal }) =>
        (await client.get<LxdInstanceBackup[]>(backupPath(instance), { project, query: { recursion: 1 }, signal })).data,
    }),
};

/**
 * Same-origin URL of a backup's tarball: a plain link, so the browser downloads it itself over
 * the TLS connection that carries its client certificate.
 */
export function backupExportUrl(client: LxdClient, project: string, instance: string, backup: string): string {
  return client.url(`${backupPath(instance, backup)}/export`, { project });
}
