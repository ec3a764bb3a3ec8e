import { queryOptions } from '@tanstack/react-query';
import type { LxdClient, LxdInstance, LxdInstanceState } from '@/lxd';
import { instanceKeys } from './keys';

export const instanceQueries = {
  /**
   * recursion=1 only: it carries status and answers in ~0.07 s for 500 instances, where
   * recursion=2 (with state) takes ~2 s. State is fetched per row on screen.
   */
  list: (client: LxdClient, project: string) =>
    queryOptions({
      queryKey: instanceKeys.list(client.id, project),
      queryFn: async ({ signal }) =>
        (await client.get<LxdInstance[]>('/1.0/instances', { project, query: { recursion: 1 }, signal })).data,
    }),
  detail: (client: LxdClient, project: string, name: string) =>
    queryOptions({
      queryKey: instanceKeys.detail(client.id, project, name),
      queryFn: ({ signal }) => client.get<LxdInstance>(`/1.0/instances/${encodeURIComponent(name)}`, { project, signal }),
    }),
  state: (client: LxdClient, project: string, name: string) =>
    queryOptions({
      queryKey: instanceKeys.state(client.id, project, name),
      queryFn: async ({ signal }) =>
        (await client.get<LxdInstanceState>(`/1.0/instances/${encodeURIComponent(name)}/state`, { project, signal }))
          .data,
    }),
};
