import { queryOptions } from '@tanstack/react-query';
import type { LxdClient, LxdNetwork } from '@/lxd';
import { networkKeys } from './keys';

export const networkQueries = {
  /** Every network the server reports, host interfaces included; callers pick the managed ones. */
  list: (client: LxdClient, project: string) =>
    queryOptions({
      queryKey: networkKeys.list(client.id, project),
      queryFn: async ({ signal }) =>
        (await client.get<LxdNetwork[]>('/1.0/networks', { project, query: { recursion: 1 }, signal })).data,
    }),
};
