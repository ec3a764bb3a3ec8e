import { useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { LxdClient } from '@/lxd';
import { trackFirstScreenRead } from '@/lib/afterFirstScreen';
import { NAMES_LISTED, firstNames, namesInUsedBy, previewCount } from '@/lib/listPreview';
import { objectPath } from './collection';
import { projectQueries } from './projects/queries';

export interface ListPreview<T> {
  /** The objects read so far, in the list's default order. */
  rows: T[];
  /** How many objects the project holds. */
  total: number;
}

interface PreviewedListOptions<T, TError, TListKey extends readonly unknown[]> {
  client: LxdClient;
  project: string;
  /** `/1.0/profiles`: the collection's URL, as it appears in the project's `used_by`. */
  collection: string;
  /** The whole list's query. */
  list: UseQueryOptions<T[], TError, T[], TListKey>;
}

const NO_NAMES: string[] = [];

/**
 * The objects named, each read on its own (`GET <collection>/<name>`), in the order of `names` as
 * they arrive. Outside the query cache on purpose: they are shown only until the whole list
 * arrives, so nothing keeps them up to date or reads them again.
 */
function useObjects<T>(client: LxdClient, project: string, collection: string, names: readonly string[]) {
  const [state, setState] = useState<{ names: readonly string[]; found: Map<string, T>; left: number }>({ names, found: new Map(), left: names.length });
  useEffect(() => {
    if (names.length === 0) return;
    const abort = new AbortController();
    for (const name of names) {
      trackFirstScreenRead(client.get<T>(objectPath(collection, name), { project, signal: abort.signal }))
        .then((result) => ({ name, object: result.data }))
        // Deleted meanwhile, refused, offline: the whole list decides.
        .catch(() => ({ name, object: undefined }))
        .then(({ name: done, object }) => {
          if (abort.signal.aborted) return;
          setState((current) => {
            // The first answer for these names starts their state afresh.
            const base = current.names === names ? current : { names, found: new Map<string, T>(), left: names.length };
            const found = new Map(base.found);
            if (object !== undefined) found.set(done, object);
            return { names, found, left: base.left - 1 };
          });
        });
    }
    return () => abort.abort();
  }, [client, project, collection, names]);
  const current = state.names === names;
  const rows = useMemo(() => (current ? names.flatMap((name) => (state.found.has(name) ? [state.found.get(name) as T] : [])) : []), [current, names, state.found]);
  return { rows, pending: current ? state.left > 0 : names.length > 0 };
}

/**
 * The URLs of a collection's objects (`GET <collection>?project=p`, no recursion), for a preview
 * whose names LXD lists quickly (`NAMES_LISTED`). Outside the query cache, as the objects are.
 */
function useListedUrls(client: LxdClient, project: string, collection: string, wanted: boolean) {
  const [state, setState] = useState<{ urls: string[] | undefined; pending: boolean }>({ urls: undefined, pending: wanted });
  useEffect(() => {
    if (!wanted) return;
    const abort = new AbortController();
    trackFirstScreenRead(client.get<string[] | null>(collection, { project, signal: abort.signal }))
      .then((result) => result.data ?? [])
      // Refused or offline: no preview; the whole list decides.
      .catch(() => undefined)
      .then((urls) => {
        if (!abort.signal.aborted) setState({ urls, pending: false });
      });
    return () => abort.abort();
  }, [client, project, collection, wanted]);
  return state;
}

/**
 * A list query that shows its first screenful early (see `lib/listPreview.ts`): on a first load at
 * the list's default view (a plain address: no filter, the default sort by name), the objects the
 * list starts with are read one by one from the names in the project's `used_by` (instances: from
 * their names list, `NAMES_LISTED`), and the whole
 * list is asked for once they are in. LXD 5.0 answers a slow list inside one database transaction
 * and every other request waits for it, so asking for both at once would make the preview wait
 * for the list. `preview` is `undefined` when there is nothing to show before the list: the list
 * was cached already, the address filters or sorts, the project does not name the collection's
 * objects (a project that uses the default project's profiles, say), or the list came first.
 */
export function usePreviewedList<T, TError, TListKey extends readonly unknown[]>({
  client,
  project,
  collection,
  list,
}: PreviewedListOptions<T, TError, TListKey>) {
  const queryClient = useQueryClient();
  const [search] = useSearchParams();
  // Decided once per page: a list already in the cache, or one that filters or sorts, has none.
  const [wanted] = useState(() => search.toString() === '' && queryClient.getQueryData(list.queryKey) === undefined);
  const listed = NAMES_LISTED.has(collection);
  const projects = useQuery({ ...projectQueries.list(client), enabled: wanted && !listed });
  const urls = useListedUrls(client, project, collection, wanted && listed);
  const usedBy = !wanted ? undefined : listed ? urls.urls : projects.data?.find((candidate) => candidate.name === project)?.used_by;
  const { names, total } = useMemo(() => {
    if (!usedBy) return { names: NO_NAMES, total: 0 };
    const all = namesInUsedBy(usedBy, collection);
    return { names: firstNames(all, previewCount(window.innerHeight)), total: all.length };
  }, [usedBy, collection]);
  const objects = useObjects<T>(client, project, collection, names);
  // The list waits for the preview's names and objects; an error in either just ends the wait.
  const holding = wanted && ((listed ? urls.pending : projects.isPending) || objects.pending);
  const query = useQuery({ ...list, enabled: !holding });
  const preview: ListPreview<T> | undefined =
    wanted && query.isPending && objects.rows.length > 0 ? { rows: objects.rows, total } : undefined;
  return { query, preview };
}
