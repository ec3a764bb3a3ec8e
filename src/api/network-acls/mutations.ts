import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LxdClient, LxdInstance, LxdNetwork, LxdNetworkAcl } from '@/lxd';
import { useLxdClient } from '../client-context';
import { instanceKeys } from '../instances/keys';
import { networkKeys } from '../networks/keys';
import { networkPath } from '../networks/queries';
import { instancePutWithProfiles } from '../profiles/mutations';
import { objectPath } from '../collection';
import { networkAclKeys } from './keys';
import { networkAclPath } from './queries';

/** The writable part of an ACL (`PUT /1.0/network-acls/<name>`). */
export type NetworkAclPut = Pick<LxdNetworkAcl, 'description' | 'ingress' | 'egress' | 'config'>;

/** The create page shows LXD's refusal where the user typed, so no error toast. */
export function useCreateNetworkAcl(project: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NetworkAclPut & { name: string }) => client.run('POST', '/1.0/network-acls', { project, body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networkAclKeys.list(client.id, project) }),
    meta: { successMessage: 'Network ACL created' },
  });
}

/**
 * Saves the whole ACL with If-Match (412 when it changed since the edit began), then reads it back
 * with its new ETag. The editor shows LXD's refusal and the conflict itself.
 */
export function useUpdateNetworkAcl(project: string, name: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  const detailKey = networkAclKeys.detail(client.id, project, name);
  return useMutation({
    mutationFn: async ({ body, etag }: { body: NetworkAclPut; etag: string | undefined }) => {
      await client.run('PUT', networkAclPath(name), { project, body, etag });
      return client.get<LxdNetworkAcl>(networkAclPath(name), { project });
    },
    onSuccess: (fresh) => {
      queryClient.setQueryData(detailKey, fresh);
      return queryClient.invalidateQueries({ queryKey: networkAclKeys.list(client.id, project) });
    },
    meta: { successMessage: `Saved network ACL ${name}` },
  });
}

export function useRenameNetworkAcl(project: string, name: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (newName: string) => client.run('POST', networkAclPath(name), { project, body: { name: newName } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networkAclKeys.list(client.id, project) }),
    meta: { successMessage: `Renamed network ACL ${name}` },
  });
}

export function useDeleteNetworkAcl(project: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => client.run('DELETE', networkAclPath(name), { project }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networkAclKeys.list(client.id, project) }),
    meta: { successMessage: 'Network ACL deleted' },
  });
}

/** `security.acls` with `acl` added at the end (a comma-separated list); unchanged when it is there. */
export function withAcl(list: string | undefined, acl: string): string {
  const names = (list ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  return (names.includes(acl) ? names : [...names, acl]).join(',');
}

export type AclTarget = { kind: 'network'; network: string } | { kind: 'nic'; instance: string; device: string };

/**
 * Adds the ACL to a network's or an instance NIC's `security.acls`: reads the object for its
 * ETag, PUTs it back whole with If-Match. A NIC the instance gets from a profile becomes the
 * instance's own device (as `lxc config device override` does).
 */
export async function assignAcl(client: LxdClient, project: string, acl: string, target: AclTarget): Promise<void> {
  if (target.kind === 'network') {
    const current = await client.get<LxdNetwork>(networkPath(target.network), { project });
    const { description, config } = current.data;
    const body = { description, config: { ...config, 'security.acls': withAcl(config['security.acls'], acl) } };
    await client.run('PUT', networkPath(target.network), { project, etag: current.etag, body });
    return;
  }
  const path = objectPath('/1.0/instances', target.instance);
  const current = await client.get<LxdInstance>(path, { project });
  const device = current.data.devices?.[target.device] ?? current.data.expanded_devices?.[target.device];
  if (!device) throw new Error(`Instance ${target.instance} has no device ${target.device}.`);
  const devices = { ...current.data.devices, [target.device]: { ...device, 'security.acls': withAcl(device['security.acls'], acl) } };
  await client.run('PUT', path, { project, etag: current.etag, body: { ...instancePutWithProfiles(current.data, current.data.profiles ?? []), devices } });
}

/** The assign dialog shows LXD's refusal in place, so no error toast. */
export function useAssignNetworkAcl(project: string, acl: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (target: AclTarget) => assignAcl(client, project, acl, target),
    onSuccess: (_data, target) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: networkAclKeys.all(client.id, project) }),
        queryClient.invalidateQueries({ queryKey: target.kind === 'network' ? networkKeys.all(client.id, project) : instanceKeys.all(client.id, project) }),
      ]),
    meta: { successMessage: `Assigned network ACL ${acl}` },
  });
}
