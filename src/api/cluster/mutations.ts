import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LxdClusterMember } from '@/lxd';
import { useLxdClient } from '../client-context';
import { objectPath } from '../collection';
import { instanceKeys } from '../instances/keys';
import { useObjectUpdate } from '../objectUpdate';
import { clusterKeys } from './keys';

const MEMBERS = '/1.0/cluster/members';
const GROUPS = '/1.0/cluster/groups';

/** `evacuate` moves or stops the member's instances; `restore` brings them back. */
export type MemberStateAction = 'evacuate' | 'restore';

export interface MemberStateInput {
  action: MemberStateAction;
  /** Only where the server has `clustering_evacuation_mode`; else each instance's `cluster.evacuate` decides. */
  mode?: string;
}

/**
 * Evacuate or restore a member. The mutation covers the whole operation (its progress arrives by
 * operation events); LXD 5.0 sends no lifecycle event for the member, so it is re-read here, and
 * the instances it moved announce themselves.
 */
export function useMemberState(name: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, mode }: MemberStateInput) =>
      client.run('POST', `${objectPath(MEMBERS, name)}/state`, { body: mode ? { action, mode } : { action } }),
    // No toast: the member's status changes on screen; a failure stays in the dialog.
    onSettled: () => queryClient.invalidateQueries({ queryKey: clusterKeys.members(client.id) }),
  });
}

export function useUpdateMember(name: string) {
  const client = useLxdClient();
  return useObjectUpdate<LxdClusterMember, unknown>({
    path: objectPath(MEMBERS, name),
    detailKey: clusterKeys.member(client.id, name),
    invalidate: [clusterKeys.memberList(client.id)],
    successMessage: `Saved the configuration of ${name}`,
  });
}

export interface GroupInput {
  name: string;
  description: string;
  members: string[];
}

/** Groups and members name each other: a change to one re-reads both lists. */
function useGroupMutation<V>(fn: (variables: V) => Promise<unknown>, successMessage: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: clusterKeys.groups(client.id) }),
        queryClient.invalidateQueries({ queryKey: clusterKeys.members(client.id) }),
      ]),
    meta: { successMessage },
  });
}

/** The dialog shows LXD's refusal next to what was typed. */
export function useCreateGroup() {
  const client = useLxdClient();
  return useGroupMutation((input: GroupInput) => client.run('POST', GROUPS, { body: input }), 'Cluster group created');
}

export function useUpdateGroup(name: string) {
  const client = useLxdClient();
  return useGroupMutation(
    (input: Omit<GroupInput, 'name'>) => client.run('PUT', objectPath(GROUPS, name), { body: input }),
    `Saved cluster group ${name}`,
  );
}

export function useDeleteGroup() {
  const client = useLxdClient();
  return useGroupMutation((name: string) => client.run('DELETE', objectPath(GROUPS, name)), 'Cluster group deleted');
}

/**
 * Moves a stopped instance to another member (`POST /1.0/instances/<n>?target=<m>`, `migration: true`).
 * The instance's events (created under a temporary name, deleted, renamed) update the list.
 */
export function useMoveInstance(project: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ name, target }: { name: string; target: string }) =>
      client.run('POST', objectPath('/1.0/instances', name), { project, query: { target }, body: { name, migration: true } }),
    onSuccess: (_result, { name }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: instanceKeys.list(client.id, project) }),
        queryClient.invalidateQueries({ queryKey: instanceKeys.detail(client.id, project, name) }),
      ]),
  });
}
