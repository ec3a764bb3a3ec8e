import { serverKeys } from '../server/keys';

export const projectKeys = {
  list: (server: string) => [...serverKeys.all(server), 'projects'] as const,
  /** One project's own object (`GET /1.0/projects/<name>`, with its ETag); under the list prefix. */
  detail: (server: string, name: string) => [...projectKeys.list(server), 'detail', name] as const,
  /** Prefix for everything that lives inside one project. */
  scope: (server: string, project: string) => [...serverKeys.all(server), 'project', project] as const,
};
