import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { LxdClient } from '@/lxd';
import { uploadFile, type UploadProgress } from '@/lxd/files';
import { useLxdClient } from '../client-context';
import { operationOfAnswer } from '../images/transfer';
import { storagePoolKeys } from '../storage/keys';
import { storageVolumeKeys } from './keys';
import { invalidateVolumeLists } from './mutations';
import { volumePath, volumesPath } from './queries';

/** A custom volume's backup (`custom_volume_backup`). */
export interface LxdVolumeBackup {
  name: string;
  created_at: string;
  expires_at: string | null;
  volume_only: boolean;
  optimized_storage: boolean;
}

const backupsPath = (pool: string, volume: string, backup?: string) =>
  `${volumePath(pool, 'custom', volume)}/backups${backup === undefined ? '' : `/${encodeURIComponent(backup)}`}`;

export const volumeBackupKeys = {
  list: (server: string, project: string, pool: string, volume: string) =>
    [...storageVolumeKeys.detail(server, project, pool, 'custom', volume), 'backups'] as const,
};

export const volumeBackupQueries = {
  list: (client: LxdClient, project: string, pool: string, volume: string) =>
    queryOptions({
      queryKey: volumeBackupKeys.list(client.id, project, pool, volume),
      queryFn: async ({ signal }) =>
        ((await client.get<LxdVolumeBackup[]>(backupsPath(pool, volume), { project, query: { recursion: 1 }, signal })).data ?? []).map((backup) => ({
          ...backup,
          // LXD names them `<volume>/<backup>`.
          name: backup.name.slice(backup.name.lastIndexOf('/') + 1),
        })),
    }),
};

/** Same-origin URL of the backup's tarball: a plain link, so the browser streams it to disk itself. */
export function volumeBackupExportUrl(client: LxdClient, project: string, pool: string, volume: string, backup: string): string {
  return client.url(`${backupsPath(pool, volume, backup)}/export`, { project });
}

export interface CreateVolumeBackupInput {
  /** Empty lets LXD name it. */
  name: string;
  /** Leave the volume's snapshots out. */
  volumeOnly: boolean;
}

/** Writing the backup is an operation; `isPending` covers it. The form shows failures, so no error toast. */
export function useCreateVolumeBackup(project: string, pool: string, volume: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ name, volumeOnly }: CreateVolumeBackupInput) =>
      client.run('POST', backupsPath(pool, volume), { project, body: { ...(name ? { name } : {}), volume_only: volumeOnly } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: volumeBackupKeys.list(client.id, project, pool, volume) }),
    meta: { successMessage: `Backup of ${volume} created` },
  });
}

export function useDeleteVolumeBackup(project: string, pool: string, volume: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (backup: string) => client.run('DELETE', backupsPath(pool, volume, backup), { project }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: volumeBackupKeys.list(client.id, project, pool, volume) }),
    meta: { successMessage: 'Backup deleted', errorMessage: 'Could not delete the backup' },
  });
}

export interface ImportVolumeInput {
  name: string;
  file: Blob;
  onProgress: (progress: UploadProgress) => void;
  /** Aborts the upload (Cancel). */
  signal: AbortSignal;
}

/**
 * A new custom volume from a backup file: the file is the body of `POST …/volumes/custom` with
 * `X-LXD-name`, sent with upload progress, then LXD's operation unpacks it.
 */
export function useImportVolume(project: string, pool: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ name, file, onProgress, signal }: ImportVolumeInput) => {
      const url = client.url(`${volumesPath(pool)}/custom`, { project });
      const answer = await uploadFile({ url, body: file, headers: { 'Content-Type': 'application/octet-stream', 'X-LXD-name': name }, onProgress, signal });
      await client.waitOperation(operationOfAnswer(answer, url).id, { project, signal });
    },
    onSuccess: () =>
      Promise.all([
        invalidateVolumeLists(queryClient, client.id, project, pool),
        queryClient.invalidateQueries({ queryKey: storagePoolKeys.list(client.id, project) }),
      ]),
    meta: { successMessage: 'Volume imported' },
  });
}
