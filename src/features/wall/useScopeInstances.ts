import { useQueries } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { instanceQueries } from '@/api/instances/queries';
import type { LxdInstance } from '@/lxd';

export interface ProjectInstances {
  project: string;
  instances: LxdInstance[] | undefined;
  error: unknown;
}

/**
 * Each project's instance list (`recursion=1`), the same queries the instance list uses: lifecycle
 * events patch their statuses and add or drop one instance, so nothing here is read again.
 */
export function useScopeInstances(projects: readonly string[]): ProjectInstances[] {
  const client = useLxdClient();
  return useQueries({
    queries: projects.map((project) => instanceQueries.list(client, project)),
    combine: (results) => results.map((result, index) => ({ project: projects[index] ?? '', instances: result.data, error: result.error })),
  });
}
