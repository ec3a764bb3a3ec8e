import { projectKeys } from '../projects/keys';

// `profiles` is LXD's collection name: one prefix per project covers the list and every profile.
export const profileKeys = {
  all: (server: string, project: string) => [...projectKeys.scope(server, project), 'profiles'] as const,
  list: (server: string, project: string) => [...profileKeys.all(server, project), 'list'] as const,
  detail: (server: string, project: string, name: string) => [...profileKeys.all(server, project), 'detail', name] as const,
};
