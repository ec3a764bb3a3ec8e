import type { ResourceEvents } from '@/lxd';
import { networkKeys } from './keys';

const path = (name: string) => `/1.0/networks/${encodeURIComponent(name)}`;

export const networkEvents: ResourceEvents = {
  collection: 'networks',
  scope: 'project',
  // A project without `features.networks` uses default's networks.
  sharedFromDefault: true,
  prefix: 'network',
  all: networkKeys.all,
  list: networkKeys.list,
  path,
  // Forwards and peers (`/1.0/networks/<n>/forwards/...`): their network alone is read again.
  otherwise: ({ server, project, name }) =>
    name
      ? [{ kind: 'refresh-list-item', queryKey: networkKeys.list(server, project), path: path(name), project, id: name }]
      : [],
};
