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
 * A query's `initialData` from the page's early requests (`LxdClient.answered`): when the answer
 * to `path` is already in as the query is first built, the query starts with it (through
 * `select`), dated when it was asked for, so the first render draws it instead of asking for an
 * answer that is already here; an answer older than the events socket is read again once that
 * opens, as any read started before then.
 */
export function earlyInitialData<TAnswer, TData>(
  client: LxdClient,
  path: string,
  options: { project?: string; query?: Readonly<Record<string, string | number>> },
  select: (answer: TAnswer) => TData,
) {
  // Called once, when the query is first built (only then does it look for an early answer).
  let answeredAt = 0;
  return {
    initialData: (): TData | undefined => {
      const answer = client.answered<TAnswer>(path, options);
      if (!answer) return undefined;
      answeredAt = answer.sentAt;
      return select(answer.data);
    },
    initialDataUpdatedAt: () => answeredAt,
  };
}

/** A collection's whole list (`?recursion=1`), started with the early script's answer when it is in. */
function listQuery<T, K extends readonly unknown[]>(client: LxdClient, queryKey: K, collection: string, project?: string) {
  return queryOptions({
    queryKey,
    queryFn: async ({ signal }) => (await client.get<T[] | null>(collection, { project, query: LIST_QUERY, signal })).data ?? [],
    ...earlyInitialData(client, collection, { project, query: LIST_QUERY }, (list: T[] | null) => list ?? []),
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
