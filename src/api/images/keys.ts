import { projectKeys } from '../projects/keys';

// `images` is LXD's collection name: the event router invalidates [...scope, 'images'] for image events.
export const imageKeys = {
  all: (server: string, project: string) => [...projectKeys.scope(server, project), 'images'] as const,
  list: (server: string, project: string) => [...imageKeys.all(server, project), 'list'] as const,
  /** Every image's own query in the project (an alias event that does not name its image marks them all). */
  details: (server: string, project: string) => [...imageKeys.all(server, project), 'detail'] as const,
  detail: (server: string, project: string, fingerprint: string) => [...imageKeys.details(server, project), fingerprint] as const,
};
