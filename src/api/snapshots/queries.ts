import { queryOptions } from '@tanstack/react-query';
import type { LxdClient, LxdSnapshot } from '@/lxd';
import { snapshotKeys } from './keys';

export const snapshotQueries = {
  list: (client: LxdClient, project: string, instance: string) =>
    queryOptions({
      queryKey: snapshotKeys.list(client.id, project, instance),
      queryFn: async ({ signal }) =>
        (
          await client.get<LxdSnapshot[]>(`/1.0/instances/${encodeURIComponent(instance)}/snapshots`, {
            project,
            query: { recursion: 1 },
            signal,
          })
        ).data,
    }),
};
