import { queryOptions } from '@tanstack/react-query';
import type { LxdClient, LxdStoragePool, LxdStoragePoolResources } from '@/lxd';
import { objectPath, projectCollectionQueries } from '../collection';
import { storagePoolKeys } from './keys';

export const STORAGE_POOLS = '/1.0/storage-pools';
export const storagePoolPath = (name: string) => objectPath(STORAGE_POOLS, name);

export const storagePoolQueries = {
  ...projectCollectionQueries<LxdStoragePool>(STORAGE_POOLS, storagePoolKeys),
  /** `lxc storage info`'s space: bytes used of total. */
  resources: (client: LxdClient, project: string, name: string) =>
    queryOptions({
      queryKey: storagePoolKeys.resources(client.id, project, name),
      queryFn: async ({ signal }) => (await client.get<LxdStoragePoolResources>(`${storagePoolPath(name)}/resources`, { signal })).data,
    }),
};
