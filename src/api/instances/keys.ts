import { projectKeys } from '../projects/keys';

export const instanceKeys = {
  all: (server: string, project: string) => [...projectKeys.scope(server, project), 'instances'] as const,
  list: (server: string, project: string) => [...instanceKeys.all(server, project), 'list'] as const,
  detail: (server: string, project: string, name: string) =>
    [...instanceKeys.all(server, project), 'detail', name] as const,
  state: (server: string, project: string, name: string) =>
    [...instanceKeys.all(server, project), 'state', name] as const,
};
