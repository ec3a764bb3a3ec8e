import { projectKeys } from '../projects/keys';

// `profiles` is LXD's collection name: the event router invalidates [...scope, 'profiles'] for profile events.
export const profileKeys = {
  all: (server: string, project: string) => [...projectKeys.scope(server, project), 'profiles'] as const,
  list: (server: string, project: string) => [...profileKeys.all(server, project), 'list'] as const,
};
