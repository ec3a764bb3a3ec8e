import type { CacheUpdate, LifecycleEventInfo, ResourceEvents } from '@/lxd';
import { namedListActions } from '../namedEvents';
import { storageVolumeKeys } from '../storage-volumes/keys';
import { volumeItem, volumeItemId } from '../storage-volumes/names';
import { volumePath } from '../storage-volumes/queries';
import { storagePoolKeys } from './keys';

/** LXD 5.0 names a custom volume `<project>_<name>` in lifecycle sources and `old_name`. */
export function volumeNameOf(raw: string, type: string, project: string): string {
  return type === 'custom' && raw.startsWith(`${project}_`) ? raw.slice(project.length + 1) : raw;
}

/**
 * Volume actions (`/1.0/storage-pools/<pool>/volumes/<type>/<name>[/snapshots/<snap>]`): the one
 * volume is read into its pool's list, or taken out, or renamed there; its own page is refreshed.
 * The pool's names (the volume lists) learn of a new or renamed volume from the event alone.
 * A create or delete also re-reads the pool's own page when it is open (its users); the pool list's
 * volume count is not re-read for events (the app's own creates and deletes re-read it).
 */
export function volumeUpdates({ server, project, action, path, context }: LifecycleEventInfo): CacheUpdate[] {
  const [pool = '', volumes, type = '', raw = '', ...rest] = path;
  if (volumes !== 'volumes' || !raw) return [{ kind: 'invalidate', queryKey: storageVolumeKeys.all(server, project) }];
  const name = volumeNameOf(raw, type, project);
  const list = storageVolumeKeys.list(server, project, pool);
  const names = storageVolumeKeys.names(server, project, pool);
  const addName = (volume: string): CacheUpdate => ({ kind: 'add-list-item', queryKey: names, item: { ...volumeItem(pool, type, volume, project === 'default' ? undefined : project) }, idField: 'id' });
  const removeName = (volume: string): CacheUpdate => ({ kind: 'remove-list-item', queryKey: names, id: volumeItemId(type, volume), idField: 'id' });
  const detail = (volume: string): CacheUpdate => ({ kind: 'invalidate', queryKey: storageVolumeKeys.detail(server, project, pool, type, volume) });
  // The pool's page lists its users (and refuses a delete by them): re-read only if it is open.
  const poolPage: CacheUpdate = { kind: 'invalidate', queryKey: storagePoolKeys.detail(server, project, pool) };
  // Snapshots and backups live under the volume's detail key.
  if (rest.length > 0) return [detail(name)];
  switch (action) {
    case 'storage-volume-created':
      return [{ kind: 'refresh-list-item', queryKey: list, path: volumePath(pool, type, name), project, id: name }, addName(name), detail(name), poolPage];
    case 'storage-volume-updated':
      return [{ kind: 'refresh-list-item', queryKey: list, path: volumePath(pool, type, name), project, id: name }, detail(name)];
    case 'storage-volume-deleted':
      return [{ kind: 'remove-list-item', queryKey: list, id: name }, removeName(name), detail(name), poolPage];
    case 'storage-volume-renamed': {
      const oldName = typeof context.old_name === 'string' ? volumeNameOf(context.old_name, type, project) : undefined;
      return oldName
        ? [{ kind: 'rename-list-item', queryKey: list, from: oldName, to: name, read: { path: volumePath(pool, type, name), project } }, removeName(oldName), addName(name), detail(oldName), detail(name)]
        : [{ kind: 'invalidate', queryKey: storageVolumeKeys.pool(server, project, pool) }];
    }
    default:
      return [{ kind: 'invalidate', queryKey: storageVolumeKeys.pool(server, project, pool) }];
  }
}

const poolPath = (name: string) => `/1.0/storage-pools/${encodeURIComponent(name)}`;

/**
 * Pools are server-wide but keyed per project (see keys.ts), so a change marks every project's
 * copy. Volume actions touch that pool's volumes of the project.
 */
export const storagePoolEvents: ResourceEvents = {
  collection: 'storage-pools',
  scope: 'project',
  sharedFromDefault: true,
  prefix: 'storage-pool',
  all: storagePoolKeys.all,
  list: storagePoolKeys.list,
  detail: storagePoolKeys.detail,
  path: poolPath,
  // The names (the list of every pool's volumes) learn of a pool from the event alone.
  actions: namedListActions({
    prefix: 'storage-pool',
    all: storagePoolKeys.all,
    list: storagePoolKeys.list,
    names: storagePoolKeys.names,
    detail: storagePoolKeys.detail,
    path: poolPath,
  }),
  otherwise: (event) => (event.action.startsWith('storage-volume-') ? volumeUpdates(event) : []),
};
