import { serverKeys } from '../server/keys';

export const projectKeys = {
  list: (server: string) => [...serverKeys.all(server), 'projects'] as const,
  /** Prefix for everything that lives inside one project. */
  scope: (server: string, project: string) => [...serverKeys.all(server), 'project', project] as const,
};
