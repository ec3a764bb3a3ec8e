import type { ResourceEvents } from '@/lxd';
import { clusterKeys } from './keys';

/** Cluster members (`/1.0/cluster/members/<name>`), named by `server_name`. */
export const clusterMemberEvents: ResourceEvents = {
  collection: 'cluster/members',
  scope: 'server',
  prefix: 'cluster-member',
  all: (server) => clusterKeys.members(server),
  list: (server) => clusterKeys.memberList(server),
  detail: (server, _project, name) => clusterKeys.member(server, name),
  path: (name) => `/1.0/cluster/members/${encodeURIComponent(name)}`,
  idField: 'server_name',
};

/**
 * Cluster groups (`/1.0/cluster/groups/<name>`). LXD 5.0 sends `cluster-member-updated` when a
 * member's groups change (`lxc cluster group assign`); a group's own PUT sends only
 * `cluster-group-updated`, so this page's group mutations re-read the members themselves.
 */
export const clusterGroupEvents: ResourceEvents = {
  collection: 'cluster/groups',
  scope: 'server',
  prefix: 'cluster-group',
  all: (server) => clusterKeys.groups(server),
  list: (server) => clusterKeys.groupList(server),
  detail: (server, _project, name) => clusterKeys.group(server, name),
  path: (name) => `/1.0/cluster/groups/${encodeURIComponent(name)}`,
};
