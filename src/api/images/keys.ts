import { projectKeys } from '../projects/keys';

// `images` is LXD's collection name: the event router invalidates [...scope, 'images'] for image events.
export const imageKeys = {
  all: (server: string, project: string) => [...projectKeys.scope(server, project), 'images'] as const,
  list: (server: string, project: string) => [...imageKeys.all(server, project), 'list'] as const,
};
