import { useQueries, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { LxdClient, LxdSyncResult } from '@/lxd';
import { firstNames, namesInUsedBy, previewCount } from '@/lib/listPreview';
import { projectQueries } from './projects/queries';

export interface ListPreview<T> {
  /** The objects read so far, in the list's default order. */
  rows: T[];
  /** How many objects the project holds. */
  total: number;
}

interface PreviewedListOptions<T> {
  client: LxdClient;
  project: string;
  /** `/1.0/profiles`: the collection's URL, as it appears in the project's `used_by`. */
  collection: string;
  /** The whole list's query. */
  list: UseQueryOptions<T[], Error, T[], readonly unknown[]>;
  /** The detail query of one object (the one its page uses, so the page finds it cached). */
  detail: (name: string) => UseQueryOptions<LxdSyncResult<T>, Error, LxdSyncResult<T>, readonly unknown[]>;
}

/**
 * A list query that shows its first screenful early (see `lib/listPreview.ts`): on a first load at
 * the list's default view (a plain address: no filter, the default sort by name), the objects the
 * list starts with are read one by one from the names in the project's `used_by`, and the whole
 * list is asked for once they are in. LXD 5.0 answers a slow list inside one database transaction
 * and every other request waits for it, so asking for both at once would make the preview wait
 * for the list. `preview` is `undefined` when there is nothing to show before the list: the list
 * was cached already, the address filters or sorts, the project does not name the collection's
 * objects (a project that uses the default project's profiles, say), or the list came first.
 */
export function usePreviewedList<T>({ client, project, collection, list, detail }: PreviewedListOptions<T>) {
  const queryClient = useQueryClient();
  const [search] = useSearchParams();
  // Decided once per page: a list already in the cache, or one that filters or sorts, has none.
  const [wanted] = useState(() => search.toString() === '' && queryClient.getQueryData(list.queryKey) === undefined);
  const projects = useQuery({ ...projectQueries.list(client), enabled: wanted });
  const usedBy = wanted ? projects.data?.find((candidate) => candidate.name === project)?.used_by : undefined;
  const { names, total } = useMemo(() => {
    const all = namesInUsedBy(usedBy ?? [], collection);
    return { names: firstNames(all, previewCount(window.innerHeight)), total: all.length };
  }, [usedBy, collection]);
  const details = useQueries({
    queries: names.map((name) => detail(name)),
    combine: (results) => ({
      rows: results.flatMap((result) => (result.data?.data === undefined ? [] : [result.data.data])),
      pending: results.some((result) => result.isPending),
    }),
  });
  // The list waits for the preview's names and objects; an error in either just ends the wait.
  const holding = wanted && (projects.isPending || details.pending);
  const query = useQuery({ ...list, enabled: !holding });
  const preview: ListPreview<T> | undefined =
    wanted && query.isPending && details.rows.length > 0 ? { rows: details.rows, total } : undefined;
  return { query, preview };
}
