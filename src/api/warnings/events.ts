import type { ResourceEvents } from '@/lxd';
import { warningKeys } from './keys';

const path = (uuid: string) => `/1.0/warnings/${encodeURIComponent(uuid)}`;

/** Warnings, named by uuid; listed server-wide. */
export const warningEvents: ResourceEvents = {
  collection: 'warnings',
  scope: 'server',
  prefix: 'warning',
  all: (server) => warningKeys.all(server),
  list: (server) => warningKeys.list(server),
  path,
  idField: 'uuid',
  actions: {
    'warning-acknowledged': ({ server, name }) => [
      { kind: 'refresh-list-item', queryKey: warningKeys.list(server), path: path(name), id: name, idField: 'uuid' },
    ],
    'warning-reset': ({ server, name }) => [
      { kind: 'refresh-list-item', queryKey: warningKeys.list(server), path: path(name), id: name, idField: 'uuid' },
    ],
  },
};
