import { queryOptions } from '@tanstack/react-query';
import type { LxdClient, LxdSyncResult } from '@/lxd';

/**
 * List and detail queries of one LXD collection, from declarations. A new resource is then its
 * wire type, its keys and one call:
 *
 *   export const profileQueries = projectCollectionQueries<LxdProfile>('/1.0/profiles', profileKeys);
 *
 * `list` reads `?recursion=1` (every object, no extra state); `detail` keeps the ETag, which edits
 * send back as If-Match.
 */
interface ProjectCollectionKeys {
  list: (server: string, project: string) => readonly unknown[];
  detail: (server: string, project: string, name: string) => readonly unknown[];
}

interface ServerCollectionKeys {
  list: (server: string) => readonly unknown[];
  detail: (server: string, name: string) => readonly unknown[];
}

export const objectPath = (collection: string, name: string) => `${collection}/${encodeURIComponent(name)}`;

/** A collection that lives inside a project (instances, profiles, networks, images ...). */
export function projectCollectionQueries<T>(collection: string, keys: ProjectCollectionKeys) {
  return {
    list: (client: LxdClient, project: string) =>
      queryOptions({
        queryKey: keys.list(client.id, project),
        queryFn: async ({ signal }) => (await client.get<T[]>(collection, { project, query: { recursion: 1 }, signal })).data ?? [],
      }),
    detail: (client: LxdClient, project: string, name: string) =>
      queryOptions({
        queryKey: keys.detail(client.id, project, name),
        queryFn: ({ signal }): Promise<LxdSyncResult<T>> => client.get<T>(objectPath(collection, name), { project, signal }),
      }),
  };
}

/** A collection of the whole server (projects, certificates, cluster members ...). */
export function serverCollectionQueries<T>(collection: string, keys: ServerCollectionKeys) {
  return {
    list: (client: LxdClient) =>
      queryOptions({
        queryKey: keys.list(client.id),
        queryFn: async ({ signal }) => (await client.get<T[]>(collection, { query: { recursion: 1 }, signal })).data ?? [],
      }),
    detail: (client: LxdClient, name: string) =>
      queryOptions({
        queryKey: keys.detail(client.id, name),
        queryFn: ({ signal }): Promise<LxdSyncResult<T>> => client.get<T>(objectPath(collection, name), { signal }),
      }),
  };
}
