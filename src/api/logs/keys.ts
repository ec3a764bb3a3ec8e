import { instanceKeys } from '../instances/keys';

// Under the instance's detail key: a start, stop or restart (which rewrite the logs) refreshes them.
export const logKeys = {
  list: (server: string, project: string, instance: string) =>
    [...instanceKeys.detail(server, project, instance), 'logs'] as const,
  file: (server: string, project: string, instance: string, file: string) =>
    [...logKeys.list(server, project, instance), 'file', file] as const,
  /** What the instance's console wrote so far (read without attaching to it). */
  console: (server: string, project: string, instance: string) =>
    [...instanceKeys.detail(server, project, instance), 'console-log'] as const,
};
