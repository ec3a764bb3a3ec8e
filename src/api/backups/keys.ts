import { instanceKeys } from '../instances/keys';

// Under the instance's detail key: backup lifecycle events about the instance refresh the list.
export const backupKeys = {
  list: (server: string, project: string, instance: string) =>
    [...instanceKeys.detail(server, project, instance), 'backups'] as const,
};
