import { queryOptions } from '@tanstack/react-query';
import type { LxdClient, LxdProject } from '@/lxd';
import { projectKeys } from './keys';

export const projectQueries = {
  list: (client: LxdClient) =>
    queryOptions({
      queryKey: projectKeys.list(client.id),
      queryFn: async ({ signal }) =>
        (await client.get<LxdProject[]>('/1.0/projects', { query: { recursion: 1 }, signal })).data,
      select: (projects) => [...projects].sort((a, b) => a.name.localeCompare(b.name)),
    }),
};
