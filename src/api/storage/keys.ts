import { projectKeys } from '../projects/keys';

// `storage-pools` is LXD's collection name: the event router invalidates [...scope, 'storage-pools']
// for pool events. Pools are server-wide, but keeping them under the project scope lets that one
// prefix reach them.
export const storagePoolKeys = {
  all: (server: string, project: string) => [...projectKeys.scope(server, project), 'storage-pools'] as const,
  list: (server: string, project: string) => [...storagePoolKeys.all(server, project), 'list'] as const,
  /** The pool names alone (`GET /1.0/storage-pools`): each pool's `used_by` makes the whole list slow beside many volumes. */
  names: (server: string, project: string) => [...storagePoolKeys.all(server, project), 'names'] as const,
  detail: (server: string, project: string, name: string) => [...storagePoolKeys.all(server, project), 'detail', name] as const,
  /** Space used of total; under the detail, so a pool's change re-reads both. */
  resources: (server: string, project: string, name: string) => [...storagePoolKeys.detail(server, project, name), 'resources'] as const,
};
