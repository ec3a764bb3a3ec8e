import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EditableObject } from '@/lib/config/editable';
import type { LxdClient, LxdDevice, LxdInstance, LxdNetwork, LxdProfile } from '@/lxd';
import { useLxdClient } from '../client-context';
import { objectPath } from '../collection';
import { instanceKeys } from '../instances/keys';
import { useObjectUpdate } from '../objectUpdate';
import { profileKeys } from '../profiles/keys';
import { instancePutWithProfiles } from '../profiles/mutations';
import { networkKeys } from './keys';
import { networkPath } from './queries';

/** The body of `POST /1.0/networks`. */
export interface CreateNetworkInput {
  name: string;
  type: string;
  description: string;
  config: Record<string, string>;
}

/** The create page shows LXD's refusal next to what the user typed, so no error toast. */
export function useCreateNetwork(project: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateNetworkInput) => client.run('POST', '/1.0/networks', { project, body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networkKeys.list(client.id, project) }),
    meta: { successMessage: 'Network created' },
  });
}

/** The rename dialog shows LXD's refusal next to the name, so no error toast. */
export function useRenameNetwork(project: string, name: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (newName: string) => client.run('POST', networkPath(name), { project, body: { name: newName } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networkKeys.list(client.id, project) }),
    meta: { successMessage: `Renamed network ${name}` },
  });
}

/** The DestroyDialog shows LXD's refusal itself, so no error toast. */
export function useDeleteNetwork(project: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => client.run('DELETE', networkPath(name), { project }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networkKeys.list(client.id, project) }),
    meta: { successMessage: 'Network deleted' },
  });
}

/** The network's Configuration tab: PUT with If-Match, then read back with the new ETag. */
export function useUpdateNetwork(project: string, name: string) {
  const client = useLxdClient();
  return useObjectUpdate<LxdNetwork, EditableObject>({
    path: networkPath(name),
    project,
    detailKey: networkKeys.detail(client.id, project, name),
    invalidate: [networkKeys.list(client.id, project)],
    successMessage: `Saved the configuration of ${name}`,
  });
}

// --- a network as a NIC of an instance or a profile -----------------------------------------

export type NicOwnerKind = 'instance' | 'profile';

export interface NicChange {
  kind: NicOwnerKind;
  owner: string;
  /** The device's name in the owner (`eth1`). */
  device: string;
  /** The NIC to add; absent to remove `device`. */
  nic?: LxdDevice;
}

const ownerPath = (kind: NicOwnerKind, owner: string) => objectPath(kind === 'instance' ? '/1.0/instances' : '/1.0/profiles', owner);

/**
 * Adds or removes one device of an instance or a profile: reads the object for its devices and
 * ETag, then PUTs it back whole with the new device map and If-Match, so a change made meanwhile
 * is refused (412) rather than overwritten. (PUT, not PATCH: LXD's PATCH merges devices, so it
 * cannot remove one.)
 */
export async function changeNic(client: LxdClient, project: string, { kind, owner, device, nic }: NicChange): Promise<void> {
  const path = ownerPath(kind, owner);
  const current = await client.get<LxdInstance & LxdProfile>(path, { project });
  const existing = current.data.devices ?? {};
  if (nic && existing[device]) throw new Error(`The ${kind} ${owner} already has a device named ${device}.`);
  const devices = nic ? { ...existing, [device]: nic } : Object.fromEntries(Object.entries(existing).filter(([key]) => key !== device));
  const { description, config } = current.data;
  const body =
    kind === 'instance'
      ? { ...instancePutWithProfiles(current.data, current.data.profiles ?? []), devices }
      : { description, config, devices };
  await client.run('PUT', path, { project, etag: current.etag, body });
}

/** Attach (or detach) a network as a NIC; the dialog shows LXD's refusal, so no error toast. */
export function useChangeNic(project: string, network: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: NicChange) => changeNic(client, project, change),
    onSuccess: (_data, change) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: networkKeys.detail(client.id, project, network) }),
        queryClient.invalidateQueries({ queryKey: networkKeys.list(client.id, project) }),
        queryClient.invalidateQueries({
          queryKey: change.kind === 'instance' ? instanceKeys.all(client.id, project) : profileKeys.all(client.id, project),
        }),
      ]),
  });
}

// --- forwards ----------------------------------------------------------------------------------

export function useCreateForward(project: string, network: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { listen_address: string; description: string }) =>
      client.run('POST', `${networkPath(network)}/forwards`, { project, body: { ...input, config: {}, ports: [] } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networkKeys.forwards(client.id, project, network) }),
    meta: { successMessage: 'Forward created' },
  });
}

export function useDeleteForward(project: string, network: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (address: string) => client.run('DELETE', objectPath(`${networkPath(network)}/forwards`, address), { project }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networkKeys.forwards(client.id, project, network) }),
    meta: { successMessage: 'Forward deleted' },
  });
}
