import { queryOptions } from '@tanstack/react-query';
import type { LxdClient, LxdStorageVolume, LxdStorageVolumeState, LxdSyncResult } from '@/lxd';
import { namesQuery, readInTurn } from '../namedList';
import { storagePoolPath } from '../storage/queries';
import { storageVolumeKeys } from './keys';
import { volumeItemFromUrl } from './names';

export const volumesPath = (pool: string) => `${storagePoolPath(pool)}/volumes`;
export const volumePath = (pool: string, type: string, name: string) =>
  `${volumesPath(pool)}/${encodeURIComponent(type)}/${encodeURIComponent(name)}`;

export const storageVolumeQueries = {
  /**
   * One pool's volumes; each row gets its pool, so lists of several pools can be merged. Slow on
   * LXD 5.0 beside many instances (each volume's `used_by` walks them all): lists use `names`.
   */
  list: (client: LxdClient, project: string, pool: string) =>
    queryOptions({
      queryKey: storageVolumeKeys.list(client.id, project, pool),
      queryFn: async ({ signal }) =>
        ((await client.get<LxdStorageVolume[]>(volumesPath(pool), { project, query: { recursion: 1 }, signal })).data ?? []).map(
          (volume) => ({ ...volume, pool }),
        ),
    }),
  /** The pool's volumes by name and type (instance, image and custom): one quick request. */
  names: (client: LxdClient, project: string, pool: string) =>
    namesQuery({ queryKey: storageVolumeKeys.names(client.id, project, pool), client, project, collection: volumesPath(pool), parse: volumeItemFromUrl }),
  detail: (client: LxdClient, project: string, pool: string, type: string, name: string) =>
    queryOptions({
      queryKey: storageVolumeKeys.detail(client.id, project, pool, type, name),
      queryFn: ({ signal }): Promise<LxdSyncResult<LxdStorageVolume>> => client.get<LxdStorageVolume>(volumePath(pool, type, name), { project, signal }),
    }),
  /** One volume as a list row reads it: in turn with the other rows on screen, under the detail key. */
  row: (client: LxdClient, project: string, pool: string, type: string, name: string) =>
    queryOptions({
      queryKey: storageVolumeKeys.detail(client.id, project, pool, type, name),
      queryFn: (read): Promise<LxdSyncResult<LxdStorageVolume>> =>
        readInTurn(client, () => client.get<LxdStorageVolume>(volumePath(pool, type, name), { project, signal: read.signal }), read),
      select: (result) => result.data,
    }),
  state: (client: LxdClient, project: string, pool: string, type: string, name: string) =>
    queryOptions({
      queryKey: storageVolumeKeys.state(client.id, project, pool, type, name),
      queryFn: async ({ signal }) => (await client.get<LxdStorageVolumeState>(`${volumePath(pool, type, name)}/state`, { project, signal })).data,
    }),
};
