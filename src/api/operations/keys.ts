import { serverKeys } from '../server/keys';

export const operationKeys = {
  all: (server: string) => [...serverKeys.all(server), 'operations'] as const,
  /** Running and recent operations of every project the client can see. */
  list: (server: string) => [...operationKeys.all(server), 'list'] as const,
  /**
   * One project's (with the server's own, which LXD lists in every project), read on its own by a
   * project's wall where LXD cannot list every project at once. Under `list`: operation events
   * patch both.
   */
  ofProject: (server: string, project: string) => [...operationKeys.list(server), 'project', project] as const,
};

/** The key of a cached operations list: every project's, or one project's. */
export type OperationListKey = ReturnType<typeof operationKeys.list> | ReturnType<typeof operationKeys.ofProject>;

/** The project a cached operations list is of, or undefined for the list of every project. */
export function projectOfOperationList(queryKey: readonly unknown[]): string | undefined {
  const listLength = operationKeys.list('').length;
  return queryKey.length === listLength + 2 && queryKey[listLength] === 'project' ? String(queryKey[listLength + 1]) : undefined;
}
