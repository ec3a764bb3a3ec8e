import { queryOptions } from '@tanstack/react-query';
import type { LxdClient, LxdProfile } from '@/lxd';
import { profileKeys } from './keys';

export const profileQueries = {
  list: (client: LxdClient, project: string) =>
    queryOptions({
      queryKey: profileKeys.list(client.id, project),
      queryFn: async ({ signal }) =>
        (await client.get<LxdProfile[]>('/1.0/profiles', { project, query: { recursion: 1 }, signal })).data,
    }),
};
