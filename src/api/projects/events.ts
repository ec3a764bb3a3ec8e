import type { ResourceEvents } from '@/lxd';
import { projectKeys } from './keys';

const path = (name: string) => `/1.0/projects/${encodeURIComponent(name)}`;

/**
 * Projects are server-wide objects. Deleting or renaming one also makes everything cached inside
 * it (its scope) stale: a page still showing it then says it is gone.
 */
export const projectEvents: ResourceEvents = {
  collection: 'projects',
  scope: 'server',
  prefix: 'project',
  all: (server) => projectKeys.list(server),
  list: (server) => projectKeys.list(server),
  detail: (server, _project, name) => projectKeys.detail(server, name),
  path,
  actions: {
    'project-deleted': ({ server, name }) => [
      { kind: 'remove-list-item', queryKey: projectKeys.list(server), id: name },
      { kind: 'invalidate', queryKey: projectKeys.detail(server, name) },
      { kind: 'invalidate', queryKey: projectKeys.scope(server, name) },
    ],
    // LXD 5.0: the source names the new name, `context.old_name` the old one.
    'project-renamed': ({ server, name, oldName }) =>
      oldName
        ? [
            { kind: 'rename-list-item', queryKey: projectKeys.list(server), from: oldName, to: name, read: { path: path(name) } },
            { kind: 'invalidate', queryKey: projectKeys.detail(server, oldName) },
            { kind: 'invalidate', queryKey: projectKeys.scope(server, oldName) },
          ]
        : [{ kind: 'invalidate', queryKey: projectKeys.list(server) }],
  },
};
