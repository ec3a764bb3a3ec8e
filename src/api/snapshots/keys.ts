import { instanceKeys } from '../instances/keys';

// Under the instance's detail key: any event about the instance refreshes its snapshots too.
export const snapshotKeys = {
  list: (server: string, project: string, instance: string) =>
    [...instanceKeys.detail(server, project, instance), 'snapshots'] as const,
};
