import { queryOptions } from '@tanstack/react-query';
import type { LxdClient, LxdStoragePool, LxdStoragePoolResources } from '@/lxd';
import { objectPath, projectCollectionQueries } from '../collection';
import { namesQuery } from '../namedList';
import { contentTagOf, withContentTag } from '../objectUpdate';
import { storagePoolKeys } from './keys';

export const STORAGE_POOLS = '/1.0/storage-pools';
export const storagePoolPath = (name: string) => objectPath(STORAGE_POOLS, name);

/** LXD 5.0.2 reads a pool without an ETag (and checks If-Match on PUT): a tag of what an edit replaces. */
export const poolContentTag = (pool: LxdStoragePool) => contentTagOf({ description: pool.description, config: pool.config });


export const storagePoolQueries = {
  /** Every pool with its `used_by` (every volume and profile on it): seconds beside 500 instances on LXD 5.0. */
  list: projectCollectionQueries<LxdStoragePool>(STORAGE_POOLS, storagePoolKeys).list,
  /** The pool names: one quick request. */
  names: (client: LxdClient, project: string) => namesQuery({ queryKey: storagePoolKeys.names(client.id, project), client, project, collection: STORAGE_POOLS }),
  detail: (client: LxdClient, project: string, name: string) =>
    queryOptions({
      queryKey: storagePoolKeys.detail(client.id, project, name),
      queryFn: async ({ signal }) => withContentTag(await client.get<LxdStoragePool>(storagePoolPath(name), { project, signal }), poolContentTag),
    }),
  /** `lxc storage info`'s space: bytes used of total. */
  resources: (client: LxdClient, project: string, name: string) =>
    queryOptions({
      queryKey: storagePoolKeys.resources(client.id, project, name),
      queryFn: async ({ signal }) => (await client.get<LxdStoragePoolResources>(`${storagePoolPath(name)}/resources`, { signal })).data,
    }),
};
