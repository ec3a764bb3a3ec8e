import type { ResourceEvents } from '@/lxd';
import { clusterKeys } from './keys';

/** Cluster members (`/1.0/cluster/members/<name>`), named by `server_name`. */
export const clusterMemberEvents: ResourceEvents = {
  collection: 'cluster/members',
  scope: 'server',
  prefix: 'cluster-member',
  all: (server) => clusterKeys.members(server),
  list: (server) => clusterKeys.members(server),
  detail: (server, _project, name) => clusterKeys.member(server, name),
  path: (name) => `/1.0/cluster/members/${encodeURIComponent(name)}`,
  idField: 'server_name',
};
