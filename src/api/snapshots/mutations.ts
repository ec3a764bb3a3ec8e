import { useIsMutating, useMutation, useQueryClient } from '@tanstack/react-query';
import { useLxdClient } from '../client-context';
import { instanceKeys } from '../instances/keys';
import { isLxdError, type LxdInstance, type LxdSyncResult } from '@/lxd';
import { storageVolumeKeys } from '../storage-volumes/keys';
import { instancePutWithConfig } from './instancePut';
import { snapshotKeys, type SnapshotOwner } from './keys';
import { snapshotOwnerName, snapshotOwnerPath } from './queries';

const snapshotsPath = (owner: SnapshotOwner) => `${snapshotOwnerPath(owner)}/snapshots`;
const snapshotPath = (owner: SnapshotOwner, snapshot: string) => `${snapshotsPath(owner)}/${encodeURIComponent(snapshot)}`;

export interface CreateSnapshotInput {
  /** Empty lets LXD pick the next name from `snapshots.pattern`. */
  name: string;
  /** ISO date; omitted means LXD applies `snapshots.expiry` (or never). */
  expiresAt?: string;
}

const createKey = (server: string, project: string, instance: SnapshotOwner) => [
  ...snapshotKeys.list(server, project, instance),
  'create',
];

/** The form shows failures next to its fields, so no error toast. */
export function useCreateSnapshot(project: string, instance: SnapshotOwner) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: createKey(client.id, project, instance),
    mutationFn: (input: CreateSnapshotInput) =>
      client.run('POST', snapshotsPath(instance), {
        project,
        body: {
          ...(input.name ? { name: input.name } : {}),
          // Only instances have a running state to keep.
          ...(typeof instance === 'string' ? { stateful: false } : {}),
          ...(input.expiresAt ? { expires_at: input.expiresAt } : {}),
        },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: snapshotKeys.list(client.id, project, instance) }),
    meta: { successMessage: `Snapshot of ${snapshotOwnerName(instance)} created` },
  });
}

/**
 * True while a snapshot of the instance is being created from this page. LXD lists the new
 * snapshot (and announces it) before it has finished copying the files, so its row shows up early.
 */
export function useSnapshotCreationPending(project: string, instance: SnapshotOwner): boolean {
  const client = useLxdClient();
  return useIsMutating({ mutationKey: createKey(client.id, project, instance) }) > 0;
}

export function useRenameSnapshot(project: string, instance: SnapshotOwner) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ from, to }: { from: string; to: string }) =>
      client.run('POST', snapshotPath(instance, from), { project, body: { name: to } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: snapshotKeys.list(client.id, project, instance) }),
    meta: { successMessage: 'Snapshot renamed' },
  });
}

export function useDeleteSnapshot(project: string, instance: SnapshotOwner) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (snapshot: string) => client.run('DELETE', snapshotPath(instance, snapshot), { project }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: snapshotKeys.list(client.id, project, instance) }),
    meta: { successMessage: 'Snapshot deleted', errorMessage: 'Could not delete the snapshot' },
  });
}

/** Restoring replaces the instance's disk and config (or the volume's content), so everything under it is re-read. */
export function useRestoreSnapshot(project: string, instance: SnapshotOwner) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  const keys =
    typeof instance === 'string'
      ? [instanceKeys.detail(client.id, project, instance), instanceKeys.state(client.id, project, instance), instanceKeys.list(client.id, project)]
      : [storageVolumeKeys.detail(client.id, project, instance.pool, 'custom', instance.volume)];
  return useMutation({
    mutationFn: (snapshot: string) => client.run('PUT', snapshotOwnerPath(instance), { project, body: { restore: snapshot } }),
    onSuccess: () => Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
    meta: { successMessage: `${snapshotOwnerName(instance)} restored`, errorMessage: 'Could not restore the snapshot' },
  });
}

export interface SaveSnapshotConfigInput {
  /** The instance as read (with its ETag) when the user started editing. */
  base: LxdSyncResult<LxdInstance>;
  /** Keys to set; an empty value removes the key. */
  changes: Record<string, string>;
}

/**
 * Writes snapshot settings with PUT + If-Match: LXD refuses with 412 when the instance changed
 * since `base` was read, instead of silently overwriting someone else's change. PUT, not PATCH:
 * LXD 5.0's PATCH clears the description unless it is sent again (seen on 5.0.2).
 */
export function useSaveSnapshotConfig(project: string, instance: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  const detailKey = instanceKeys.detail(client.id, project, instance);
  return useMutation({
    mutationFn: ({ base, changes }: SaveSnapshotConfigInput) =>
      client.run('PUT', `/1.0/instances/${encodeURIComponent(instance)}`, {
        project,
        etag: base.etag,
        body: instancePutWithConfig(base.data, changes),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: detailKey }),
    // After a conflict the form offers the latest version; make sure it is read.
    onError: (error) =>
      isLxdError(error) && error.isConflict ? queryClient.invalidateQueries({ queryKey: detailKey }) : undefined,
    meta: { successMessage: 'Snapshot schedule saved' },
  });
}
