import { projectKeys } from '../projects/keys';

// `network-acls` is LXD's collection name, as in lifecycle sources.
export const networkAclKeys = {
  all: (server: string, project: string) => [...projectKeys.scope(server, project), 'network-acls'] as const,
  list: (server: string, project: string) => [...networkAclKeys.all(server, project), 'list'] as const,
  detail: (server: string, project: string, name: string) => [...networkAclKeys.all(server, project), 'detail', name] as const,
  log: (server: string, project: string, name: string) => [...networkAclKeys.detail(server, project, name), 'log'] as const,
};
