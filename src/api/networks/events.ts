import type { ResourceEvents } from '@/lxd';
import { namedListActions } from '../namedEvents';
import { networkKeys } from './keys';

const path = (name: string) => `/1.0/networks/${encodeURIComponent(name)}`;

/**
 * Networks: created/updated read the one network into the whole list (`?recursion=1`, used by
 * pickers); the list page's names learn of a new name from the event alone; the network's detail
 * key (its row, state, leases, forwards and peers sit under it) is re-read where shown.
 */
export const networkEvents: ResourceEvents = {
  collection: 'networks',
  scope: 'project',
  // A project without `features.networks` uses default's networks.
  sharedFromDefault: true,
  prefix: 'network',
  all: networkKeys.all,
  list: networkKeys.list,
  detail: networkKeys.detail,
  path,
  actions: namedListActions({ prefix: 'network', all: networkKeys.all, list: networkKeys.list, names: networkKeys.names, detail: networkKeys.detail, path }),
  // Forwards and peers (`/1.0/networks/<n>/forwards/...`): their network alone is read again.
  otherwise: ({ server, project, name }) =>
    name
      ? [
          { kind: 'refresh-list-item', queryKey: networkKeys.list(server, project), path: path(name), project, id: name },
          { kind: 'invalidate', queryKey: networkKeys.detail(server, project, name) },
        ]
      : [],
};
