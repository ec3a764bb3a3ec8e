import { projectKeys } from '../projects/keys';

// `networks` is LXD's collection name: the event router invalidates [...scope, 'networks'] for network events.
export const networkKeys = {
  all: (server: string, project: string) => [...projectKeys.scope(server, project), 'networks'] as const,
  list: (server: string, project: string) => [...networkKeys.all(server, project), 'list'] as const,
};
