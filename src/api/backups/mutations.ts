import { useIsMutating, useMutation, useQueryClient } from '@tanstack/react-query';
import { useLxdClient } from '../client-context';
import { backupKeys } from './keys';
import { backupPath } from './queries';

export interface CreateBackupInput {
  /** Empty lets LXD name it (backup0, backup1, ...). */
  name: string;
  /** ISO date; omitted means the backup never expires. */
  expiresAt?: string;
  /** Leave the instance's snapshots out of the backup. */
  instanceOnly: boolean;
}

const createKey = (server: string, project: string, instance: string) => [
  ...backupKeys.list(server, project, instance),
  'create',
];

/** The form shows failures next to its fields, so no error toast. */
export function useCreateBackup(project: string, instance: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: createKey(client.id, project, instance),
    mutationFn: (input: CreateBackupInput) =>
      client.run('POST', backupPath(instance), {
        project,
        body: {
          ...(input.name ? { name: input.name } : {}),
          ...(input.expiresAt ? { expires_at: input.expiresAt } : {}),
          instance_only: input.instanceOnly,
        },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: backupKeys.list(client.id, project, instance) }),
    meta: { successMessage: `Backup of ${instance} created` },
  });
}

/** True while a backup of the instance is being written from this page; its file is not complete yet. */
export function useBackupCreationPending(project: string, instance: string): boolean {
  const client = useLxdClient();
  return useIsMutating({ mutationKey: createKey(client.id, project, instance) }) > 0;
}

export function useDeleteBackup(project: string, instance: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (backup: string) => client.run('DELETE', backupPath(instance, backup), { project }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: backupKeys.list(client.id, project, instance) }),
    meta: { successMessage: 'Backup deleted', errorMessage: 'Could not delete the backup' },
  });
}
