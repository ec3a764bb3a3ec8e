import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EditableObject } from '@/lib/config/editable';
import type { LxdStoragePool } from '@/lxd';
import { useLxdClient } from '../client-context';
import { useObjectUpdate } from '../objectUpdate';
import { storagePoolKeys } from './keys';
import { STORAGE_POOLS, poolContentTag, storagePoolPath } from './queries';

/** The body of `POST /1.0/storage-pools`. */
export interface CreateStoragePoolInput {
  name: string;
  driver: string;
  description: string;
  config: Record<string, string>;
}

/** The create dialog shows LXD's refusal next to what the user typed, so no error toast. */
export function useCreateStoragePool(project: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateStoragePoolInput) => client.run('POST', STORAGE_POOLS, { body: input }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: storagePoolKeys.list(client.id, project) }),
        queryClient.invalidateQueries({ queryKey: storagePoolKeys.names(client.id, project) }),
      ]),
    meta: { successMessage: 'Storage pool created' },
  });
}

export function useUpdateStoragePool(project: string, name: string) {
  const client = useLxdClient();
  return useObjectUpdate<LxdStoragePool, EditableObject>({
    path: storagePoolPath(name),
    detailKey: storagePoolKeys.detail(client.id, project, name),
    invalidate: [storagePoolKeys.list(client.id, project)],
    successMessage: `Saved the configuration of ${name}`,
    contentTag: poolContentTag,
  });
}

/** The DestroyDialog shows LXD's refusal itself, so no error toast. */
export function useDeleteStoragePool(project: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => client.run('DELETE', storagePoolPath(name)),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: storagePoolKeys.list(client.id, project) }),
        queryClient.invalidateQueries({ queryKey: storagePoolKeys.names(client.id, project) }),
      ]),
    meta: { successMessage: 'Storage pool deleted' },
  });
}
