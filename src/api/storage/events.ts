import type { ResourceEvents } from '@/lxd';
import { storageVolumeKeys } from '../storage-volumes/keys';
import { storagePoolKeys } from './keys';

/**
 * Pools are server-wide but keyed per project (see keys.ts), so a change marks every project's
 * copy. Volume actions (`/1.0/storage-pools/<pool>/volumes/<type>/<name>`) touch that pool's
 * volumes of the project. LXD 5.0 names custom volumes `<project>_<name>` in these sources.
 */
export const storagePoolEvents: ResourceEvents = {
  collection: 'storage-pools',
  scope: 'project',
  sharedFromDefault: true,
  prefix: 'storage-pool',
  all: storagePoolKeys.all,
  list: storagePoolKeys.list,
  path: (name) => `/1.0/storage-pools/${encodeURIComponent(name)}`,
  otherwise: ({ server, project, name, action }) =>
    action.startsWith('storage-volume-') && name ? [{ kind: 'invalidate', queryKey: storageVolumeKeys.pool(server, project, name) }] : [],
};
