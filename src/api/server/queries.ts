import { queryOptions } from '@tanstack/react-query';
import { detectFeatures, type LxdClient, type LxdServer } from '@/lxd';
import { serverKeys } from './keys';
import type { LxdConfigMetadata, LxdResources } from './types';

/** `/1.0` as one cluster member answers it (its member-local keys), or as the server answers. */
const withTarget = (path: string, member: string | undefined) => (member ? `${path}?target=${encodeURIComponent(member)}` : path);

export const serverQueries = {
  info: (client: LxdClient) =>
    queryOptions({
      queryKey: serverKeys.info(client.id),
      queryFn: async ({ signal }) => (await client.get<LxdServer>('/1.0', { signal })).data,
    }),
  /** `GET /1.0` with its ETag, for editing the server's config (`member` on a cluster). */
  detail: (client: LxdClient, member?: string) =>
    queryOptions({
      queryKey: serverKeys.detail(client.id, member),
      queryFn: ({ signal }) => client.get<LxdServer>(withTarget('/1.0', member), { signal }),
    }),
  resources: (client: LxdClient, member?: string) =>
    queryOptions({
      queryKey: serverKeys.resources(client.id, member),
      queryFn: async ({ signal }) => (await client.get<LxdResources>(withTarget('/1.0/resources', member), { signal })).data,
    }),
  /** Only where the server has `metadata_configuration`. */
  configMetadata: (client: LxdClient) =>
    queryOptions({
      queryKey: serverKeys.configMetadata(client.id),
      queryFn: async ({ signal }) => (await client.get<LxdConfigMetadata>('/1.0/metadata/configuration', { signal })).data,
    }),
  /** Cluster member names (`GET /1.0/cluster/members` answers 500 on a standalone server: ask only when clustered). */
  memberNames: (client: LxdClient) =>
    queryOptions({
      queryKey: serverKeys.memberNames(client.id),
      queryFn: async ({ signal }) =>
        (await client.get<string[]>('/1.0/cluster/members', { signal })).data.map((url) => decodeURIComponent(url.split('/').pop() ?? '')),
    }),
};

export { withTarget as serverPath };

export function serverFeatures(server: LxdServer | undefined) {
  return server ? detectFeatures(server) : undefined;
}
