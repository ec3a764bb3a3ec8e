import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { hasExtension, type LxdClient, type LxdServer } from '@/lxd';
import { operationKeys, type OperationListKey } from './keys';
import {
  flattenGroups,
  keepRecent,
  mergeProjectLists,
  withoutSecrets,
  type ListedOperation,
  type LxdOperationGroups,
  type OperationList,
} from './operationList';

type FreshList = Omit<OperationList, 'operations'> & { fresh: ListedOperation[] };

/** `?all-projects=true` on /1.0/operations came after LXD 5.0; older servers are asked per project. */
export function listsOperationsOfAllProjects(server: Pick<LxdServer, 'api_extensions'> | undefined): boolean {
  return !!server && hasExtension(server, 'operations_get_query_all_projects');
}

async function readAllProjects(client: LxdClient, signal: AbortSignal): Promise<FreshList> {
  const { data } = await client.get<LxdOperationGroups>('/1.0/operations', {
    query: { recursion: 1, 'all-projects': true },
    signal,
  });
  const fresh = flattenGroups(data).map((operation) => ({ operation: withoutSecrets(operation), project: operation.project || null }));
  return { fresh, mode: 'all-projects', failedProjects: [] };
}

async function readPerProject(client: LxdClient, signal: AbortSignal): Promise<FreshList> {
  const { data: urls } = await client.get<string[]>('/1.0/projects', { signal });
  const projects = urls.map((url) => decodeURIComponent(url.split('?')[0]?.split('/').pop() ?? '')).filter(Boolean);
  const answers = await Promise.allSettled(
    projects.map(async (project) => ({
      project,
      operations: flattenGroups(
        (await client.get<LxdOperationGroups>('/1.0/operations', { project, query: { recursion: 1 }, signal })).data,
      ).map(withoutSecrets),
    })),
  );
  const lists = answers.flatMap((answer) => (answer.status === 'fulfilled' ? [answer.value] : []));
  // One project the client may not read must not hide the others.
  const failedProjects = answers.flatMap((answer, index) =>
    answer.status === 'rejected'
      ? [{ project: projects[index] ?? '', message: answer.reason instanceof Error ? answer.reason.message : String(answer.reason) }]
      : [],
  );
  return { fresh: mergeProjectLists(lists), mode: 'per-project', failedProjects };
}

async function readProject(client: LxdClient, project: string, signal: AbortSignal): Promise<FreshList> {
  const { data } = await client.get<LxdOperationGroups>('/1.0/operations', { project, query: { recursion: 1 }, signal });
  return { fresh: mergeProjectLists([{ project, operations: flattenGroups(data).map(withoutSecrets) }]), mode: 'per-project', failedProjects: [] };
}

/** A list's read that keeps the finished operations its previous answer had (`keepRecent`). */
const keepingRecent =
  (read: (signal: AbortSignal) => Promise<FreshList>) =>
  async ({ signal, client: queryClient, queryKey }: { signal: AbortSignal; client: QueryClient; queryKey: OperationListKey }): Promise<OperationList> => {
    const { fresh, mode, failedProjects } = await read(signal);
    const previous = queryClient.getQueryData<OperationList>(queryKey);
    return { operations: keepRecent(previous?.operations, fresh, Date.now()), mode, failedProjects };
  };

export const operationQueries = {
  /**
   * Running and recent operations of all projects. Operation events patch it (`withOperation`),
   * so it stays live without polling or re-reading; each read keeps the finished operations the
   * previous one had. Metadata other than progress is dropped before it is cached.
   */
  list: (client: LxdClient, allProjects: boolean) =>
    queryOptions({
      queryKey: operationKeys.list(client.id) as OperationListKey,
      queryFn: keepingRecent((signal) => (allProjects ? readAllProjects(client, signal) : readPerProject(client, signal))),
    }),
  /**
   * What a project's page needs of them: the list above where LXD lists every project at once (one
   * request, shared with the operations page), else that project's alone, instead of reading the
   * project names and then each project's.
   */
  forProject: (client: LxdClient, allProjects: boolean, project: string | undefined) =>
    allProjects || project === undefined
      ? operationQueries.list(client, allProjects)
      : queryOptions({
          queryKey: operationKeys.ofProject(client.id, project) as OperationListKey,
          queryFn: keepingRecent((signal) => readProject(client, project, signal)),
        }),
};
