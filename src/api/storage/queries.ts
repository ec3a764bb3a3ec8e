import { queryOptions } from '@tanstack/react-query';
import type { LxdClient, LxdStoragePool } from '@/lxd';
import { storagePoolKeys } from './keys';

export const storagePoolQueries = {
  list: (client: LxdClient, project: string) =>
    queryOptions({
      queryKey: storagePoolKeys.list(client.id, project),
      queryFn: async ({ signal }) =>
        (await client.get<LxdStoragePool[]>('/1.0/storage-pools', { project, query: { recursion: 1 }, signal })).data,
    }),
};
