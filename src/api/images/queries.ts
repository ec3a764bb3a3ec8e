import { queryOptions } from '@tanstack/react-query';
import type { LxdClient, LxdImage } from '@/lxd';
import { imageKeys } from './keys';

export const imageQueries = {
  /** Images stored on the server (not a remote's catalogue). */
  list: (client: LxdClient, project: string) =>
    queryOptions({
      queryKey: imageKeys.list(client.id, project),
      queryFn: async ({ signal }) =>
        (await client.get<LxdImage[]>('/1.0/images', { project, query: { recursion: 1 }, signal })).data,
    }),
};
