import { serverKeys } from '../server/keys';

// Cluster members and groups are server-wide: keys start with the server only.
export const clusterKeys = {
  all: (server: string) => [...serverKeys.all(server), 'cluster'] as const,
  members: (server: string) => [...clusterKeys.all(server), 'members'] as const,
  memberList: (server: string) => [...clusterKeys.members(server), 'list'] as const,
  member: (server: string, name: string) => [...clusterKeys.members(server), 'detail', name] as const,
  /** Memory and load of one member (its state, or its resources on LXD without member state). */
  memberUsage: (server: string, name: string) => [...clusterKeys.member(server, name), 'usage'] as const,
  /** Where every instance is (all projects), for the members' instance counts. */
  locations: (server: string) => [...clusterKeys.members(server), 'locations'] as const,
  groups: (server: string) => [...clusterKeys.all(server), 'groups'] as const,
  groupList: (server: string) => [...clusterKeys.groups(server), 'list'] as const,
  group: (server: string, name: string) => [...clusterKeys.groups(server), 'detail', name] as const,
};
