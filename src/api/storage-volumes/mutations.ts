import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { EditableObject } from '@/lib/config/editable';
import type { LxdClient, LxdDevice, LxdInstance, LxdStorageVolume } from '@/lxd';
import { useLxdClient } from '../client-context';
import { objectPath } from '../collection';
import { instanceKeys } from '../instances/keys';
import { useObjectUpdate } from '../objectUpdate';
import { storagePoolKeys } from '../storage/keys';
import { storageVolumeKeys } from './keys';
import { volumePath, volumesPath } from './queries';

/** The body of `POST /1.0/storage-pools/<pool>/volumes/custom`. */
export interface CreateVolumeInput {
  pool: string;
  name: string;
  content_type: 'filesystem' | 'block';
  description: string;
  config: Record<string, string>;
}

/**
 * A pool's lists of volumes after a volume came or went: the whole list (pickers) and the names
 * (the volume lists). Rows already read keep their volumes.
 */
export function invalidateVolumeLists(queryClient: QueryClient, server: string, project: string, pool: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: storageVolumeKeys.list(server, project, pool) }),
    queryClient.invalidateQueries({ queryKey: storageVolumeKeys.names(server, project, pool) }),
  ]);
}

/** One volume changed (size, users): its own keys and the whole list, not every volume of the pool. */
function invalidateVolume(queryClient: QueryClient, server: string, project: string, pool: string, name: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: storageVolumeKeys.list(server, project, pool) }),
    queryClient.invalidateQueries({ queryKey: storageVolumeKeys.detail(server, project, pool, 'custom', name) }),
  ]);
}

/** Create, rename, copy and move show LXD's refusal in their dialog, so no error toast. */
export function useCreateVolume(project: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ pool, ...body }: CreateVolumeInput) => client.run('POST', `${volumesPath(pool)}/custom`, { project, body }),
    // The pool's list is re-read too: its `used_by` counts the volumes.
    onSuccess: (_result, { pool }) =>
      Promise.all([
        invalidateVolumeLists(queryClient, client.id, project, pool),
        queryClient.invalidateQueries({ queryKey: storagePoolKeys.list(client.id, project) }),
      ]),
    meta: { successMessage: 'Volume created' },
  });
}

export function useUpdateVolume(project: string, pool: string, name: string) {
  const client = useLxdClient();
  return useObjectUpdate<LxdStorageVolume, EditableObject>({
    path: volumePath(pool, 'custom', name),
    project,
    detailKey: storageVolumeKeys.detail(client.id, project, pool, 'custom', name),
    invalidate: [storageVolumeKeys.list(client.id, project, pool)],
    successMessage: `Saved the configuration of ${name}`,
  });
}

/** Resize: the volume's `size` key, sent with If-Match from the version the user saw. */
export function useResizeVolume(project: string, pool: string, name: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ size, etag, volume }: { size: string; etag: string | undefined; volume: LxdStorageVolume }) => {
      const body = { description: volume.description, config: { ...volume.config, size } };
      await client.run('PUT', volumePath(pool, 'custom', name), { project, body, etag });
    },
    onSuccess: () => invalidateVolume(queryClient, client.id, project, pool, name),
    meta: { successMessage: `Resized ${name}` },
  });
}

export function useRenameVolume(project: string, pool: string, name: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (to: string) => client.run('POST', volumePath(pool, 'custom', name), { project, body: { name: to } }),
    onSuccess: () => invalidateVolumeLists(queryClient, client.id, project, pool),
    meta: { successMessage: `Renamed volume ${name}` },
  });
}

export interface CopyVolumeInput {
  /** Move (the source goes away) or copy. */
  move: boolean;
  pool: string;
  project: string;
  name: string;
  /** Copy or move the volume without its snapshots. */
  volumeOnly: boolean;
}

/**
 * Copy: `POST` into the target pool with a `copy` source. Move: `POST` on the volume itself with
 * the target pool (and project). Either is an operation; `isPending` covers it.
 */
export async function copyVolume(client: LxdClient, project: string, pool: string, name: string, input: CopyVolumeInput) {
  if (input.move) {
    const body = { name: input.name, pool: input.pool, ...(input.project !== project ? { project: input.project } : {}), volume_only: input.volumeOnly };
    return client.run('POST', volumePath(pool, 'custom', name), { project, body });
  }
  const body = {
    name: input.name,
    type: 'custom',
    source: { type: 'copy', pool, name, volume_only: input.volumeOnly, ...(input.project !== project ? { project } : {}) },
  };
  return client.run('POST', `${volumesPath(input.pool)}/custom`, { project: input.project, body });
}

export function useCopyVolume(project: string, pool: string, name: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CopyVolumeInput) => copyVolume(client, project, pool, name, input),
    onSuccess: (_result, input) =>
      Promise.all([
        invalidateVolumeLists(queryClient, client.id, project, pool),
        invalidateVolumeLists(queryClient, client.id, input.project, input.pool),
        queryClient.invalidateQueries({ queryKey: storagePoolKeys.list(client.id, project) }),
      ]),
    meta: { successMessage: 'Volume copied' },
  });
}

/** The DestroyDialog shows LXD's refusal itself, so no error toast. */
export function useDeleteVolume(project: string, pool: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => client.run('DELETE', volumePath(pool, 'custom', name), { project }),
    onSuccess: () =>
      Promise.all([
        invalidateVolumeLists(queryClient, client.id, project, pool),
        queryClient.invalidateQueries({ queryKey: storagePoolKeys.list(client.id, project) }),
      ]),
    meta: { successMessage: 'Volume deleted' },
  });
}

// --- attach and detach ---------------------------------------------------------------------

/** The instance's disk devices that are this custom volume. */
export function volumeDevices(devices: Record<string, LxdDevice> | undefined, pool: string, volume: string): string[] {
  return Object.entries(devices ?? {})
    .filter(([, device]) => device.type === 'disk' && device.pool === pool && device.source === volume)
    .map(([device]) => device);
}

/** A device name not used by the instance: the volume's name, else `<name>-2` ... */
export function freeDeviceName(devices: Record<string, LxdDevice> | undefined, wanted: string): string {
  const taken = new Set(Object.keys(devices ?? {}));
  if (!taken.has(wanted)) return wanted;
  for (let i = 2; ; i++) if (!taken.has(`${wanted}-${i}`)) return `${wanted}-${i}`;
}

export interface AttachVolumeInput {
  instance: string;
  /** Where a filesystem volume is mounted in the instance; none for block volumes. */
  path?: string;
}

/** Reads the instance for its ETag and PUTs it back with the devices changed, If-Match. */
async function changeInstanceDevices(
  client: LxdClient,
  project: string,
  instance: string,
  change: (devices: Record<string, LxdDevice>) => Record<string, LxdDevice>,
) {
  const path = objectPath('/1.0/instances', instance);
  const { data, etag } = await client.get<LxdInstance>(path, { project });
  const { architecture, config, ephemeral, profiles, stateful, description } = data;
  const body = { architecture, config, devices: change({ ...data.devices }), ephemeral, profiles, stateful, description };
  return client.run('PUT', path, { project, body, etag });
}

export function useAttachVolume(project: string, pool: string, volume: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ instance, path }: AttachVolumeInput) =>
      changeInstanceDevices(client, project, instance, (devices) => ({
        ...devices,
        [freeDeviceName(devices, volume)]: { type: 'disk', pool, source: volume, ...(path ? { path } : {}) },
      })),
    onSuccess: (_result, { instance }) =>
      Promise.all([
        invalidateVolume(queryClient, client.id, project, pool, volume),
        queryClient.invalidateQueries({ queryKey: instanceKeys.detail(client.id, project, instance) }),
      ]),
    meta: { successMessage: `Attached ${volume}` },
  });
}

export function useDetachVolume(project: string, pool: string, volume: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (instance: string) =>
      changeInstanceDevices(client, project, instance, (devices) => {
        const drop = new Set(volumeDevices(devices, pool, volume));
        return Object.fromEntries(Object.entries(devices).filter(([name]) => !drop.has(name)));
      }),
    onSuccess: (_result, instance) =>
      Promise.all([
        invalidateVolume(queryClient, client.id, project, pool, volume),
        queryClient.invalidateQueries({ queryKey: instanceKeys.detail(client.id, project, instance) }),
      ]),
    meta: { successMessage: `Detached ${volume}`, errorMessage: `Could not detach ${volume}` },
  });
}
