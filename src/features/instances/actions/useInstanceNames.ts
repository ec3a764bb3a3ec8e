import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { instanceQueries } from '@/api/instances/queries';
import type { LxdInstance } from '@/lxd';

const EMPTY = new Set<string>();
const toNames = (list: LxdInstance[]) => new Set(list.map((instance) => instance.name));

/** Names taken in a project, for the duplicate check of rename and copy (the list is cheap to read). */
export function useInstanceNames(project: string): ReadonlySet<string> {
  const client = useLxdClient();
  return useQuery({ ...instanceQueries.list(client, project), select: toNames }).data ?? EMPTY;
}
