import { queryOptions } from '@tanstack/react-query';
import { detectFeatures, type LxdClient, type LxdServer } from '@/lxd';
import { serverKeys } from './keys';

export const serverQueries = {
  info: (client: LxdClient) =>
    queryOptions({
      queryKey: serverKeys.info(client.id),
      queryFn: async ({ signal }) => (await client.get<LxdServer>('/1.0', { signal })).data,
    }),
};

export function serverFeatures(server: LxdServer | undefined) {
  return server ? detectFeatures(server) : undefined;
}
