import { projectKeys } from '../projects/keys';

// Custom volumes belong to a project (`features.storage.volumes`) and sit in a pool.
export const storageVolumeKeys = {
  all: (server: string, project: string) => [...projectKeys.scope(server, project), 'storage-volumes'] as const,
  pool: (server: string, project: string, pool: string) => [...storageVolumeKeys.all(server, project), pool] as const,
  /** Every volume of one pool (`?recursion=1`): instance, image and custom volumes. */
  list: (server: string, project: string, pool: string) => [...storageVolumeKeys.pool(server, project, pool), 'list'] as const,
  /** The pool's volumes by URL alone (`GET .../volumes`): the volume lists read each volume as its row shows. */
  names: (server: string, project: string, pool: string) => [...storageVolumeKeys.pool(server, project, pool), 'names'] as const,
  detail: (server: string, project: string, pool: string, type: string, name: string) =>
    [...storageVolumeKeys.pool(server, project, pool), 'detail', type, name] as const,
  /** Used size; only read for rows on screen and the volume's own page. */
  state: (server: string, project: string, pool: string, type: string, name: string) =>
    [...storageVolumeKeys.detail(server, project, pool, type, name), 'state'] as const,
};
