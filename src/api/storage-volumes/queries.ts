import { queryOptions } from '@tanstack/react-query';
import type { LxdClient, LxdStorageVolume, LxdStorageVolumeState, LxdSyncResult } from '@/lxd';
import { storagePoolPath } from '../storage/queries';
import { storageVolumeKeys } from './keys';

export const volumesPath = (pool: string) => `${storagePoolPath(pool)}/volumes`;
export const volumePath = (pool: string, type: string, name: string) =>
  `${volumesPath(pool)}/${encodeURIComponent(type)}/${encodeURIComponent(name)}`;

export const storageVolumeQueries = {
  /** One pool's volumes; each row gets its pool, so lists of several pools can be merged. */
  list: (client: LxdClient, project: string, pool: string) =>
    queryOptions({
      queryKey: storageVolumeKeys.list(client.id, project, pool),
      queryFn: async ({ signal }) =>
        ((await client.get<LxdStorageVolume[]>(volumesPath(pool), { project, query: { recursion: 1 }, signal })).data ?? []).map(
          (volume) => ({ ...volume, pool }),
        ),
    }),
  detail: (client: LxdClient, project: string, pool: string, type: string, name: string) =>
    queryOptions({
      queryKey: storageVolumeKeys.detail(client.id, project, pool, type, name),
      queryFn: ({ signal }): Promise<LxdSyncResult<LxdStorageVolume>> => client.get<LxdStorageVolume>(volumePath(pool, type, name), { project, signal }),
    }),
  state: (client: LxdClient, project: string, pool: string, type: string, name: string) =>
    queryOptions({
      queryKey: storageVolumeKeys.state(client.id, project, pool, type, name),
      queryFn: async ({ signal }) => (await client.get<LxdStorageVolumeState>(`${volumePath(pool, type, name)}/state`, { project, signal })).data,
    }),
};
