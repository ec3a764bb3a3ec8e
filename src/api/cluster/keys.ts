import { serverKeys } from '../server/keys';

export const clusterKeys = {
  all: (server: string) => [...serverKeys.all(server), 'cluster'] as const,
  members: (server: string) => [...clusterKeys.all(server), 'members'] as const,
  member: (server: string, name: string) => [...clusterKeys.members(server), 'detail', name] as const,
};
