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

const LIST_QUERY = { recursion: 1 } as const;

/**
 * A collection's whole list (`?recursion=1`). When the page's early script already has it in
 * (`LxdClient.answered`), the query starts with it, dated when it was asked for: the first render
 * draws it instead of asking for an answer that is already here (and an answer older than the
 * events socket is read again once it opens, as any read started before then).
 */
function listQuery<T, K extends readonly unknown[]>(client: LxdClient, queryKey: K, collection: string, project?: string) {
  // Called once, when the query is first built (only then does it look for an early answer).
  let answeredAt = 0;
  return queryOptions({
    queryKey,
    queryFn: async ({ signal }) => (await client.get<T[] | null>(collection, { project, query: LIST_QUERY, signal })).data ?? [],
    initialData: () => {
      const answer = client.answered<T[] | null>(collection, { project, query: LIST_QUERY });
      if (!answer) return undefined;
      answeredAt = answer.sentAt;
      return answer.data ?? [];
    },
    initialDataUpdatedAt: () => answeredAt,
  });
}

/** A collection that lives inside a project (instances, profiles, networks, images ...). */
export function projectCollectionQueries<T>(collection: string, keys: ProjectCollectionKeys) {
  return {
    list: (client: LxdClient, project: string) => listQuery<T, ReturnType<ProjectCollectionKeys['list']>>(client, keys.list(client.id, project), collection, project),
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
    list: (client: LxdClient) => listQuery<T, ReturnType<ServerCollectionKeys['list']>>(client, keys.list(client.id), collection),
    detail: (client: LxdClient, name: string) =>
      queryOptions({
        queryKey: keys.detail(client.id, name),
        queryFn: ({ signal }): Promise<LxdSyncResult<T>> => client.get<T>(objectPath(collection, name), { signal }),
      }),
  };
}
