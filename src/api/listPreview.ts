import { useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { LxdClient } from '@/lxd';
import { trackFirstScreenRead } from '@/lib/afterFirstScreen';
import { IMAGES, NAMES_LISTED, firstImages, firstNames, imagePreviewRows, namesInUsedBy, previewCount } from '@/lib/listPreview';
import { objectPath } from './collection';
import { projectQueries } from './projects/queries';

export interface ListPreview<T> {
  /** The objects read so far, in the list's default order. */
  rows: T[];
  /** How many objects the project holds, when the preview knows. */
  total?: number;
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

interface ObjectsState<T> {
  names: readonly string[];
  found: Map<string, T>;
  /** Names not answered yet. */
  left: Set<string>;
}

/** Of `names`, those whose objects the page's early requests already have (see `LxdClient.answered`). */
function answeredObjects<T>(client: LxdClient, project: string, collection: string, names: readonly string[]): ObjectsState<T> {
  const found = new Map<string, T>();
  for (const name of names) {
    const answered = client.answered<T>(objectPath(collection, name), { project });
    if (answered) found.set(name, answered.data);
  }
  return { names, found, left: new Set(names.filter((name) => !found.has(name))) };
}

/**
 * The objects named, each read on its own (`GET <collection>/<name>`), in the order of `names` as
 * they arrive; those already answered when the names are known are drawn at once. Outside the
 * query cache on purpose: they are shown only until the whole list arrives, so nothing keeps them
 * up to date or reads them again.
 */
function useObjects<T>(client: LxdClient, project: string, collection: string, names: readonly string[]) {
  const [state, setState] = useState<ObjectsState<T>>(() => answeredObjects(client, project, collection, names));
  // What the first render drew: the effect reads only what is missing.
  const first = useRef(state);
  useEffect(() => {
    if (names.length === 0) return;
    // Names that came after the first render: what has arrived meanwhile, in one update.
    let start = first.current;
    if (start.names !== names) {
      start = answeredObjects<T>(client, project, collection, names);
      setState(start);
    }
    const abort = new AbortController();
    for (const name of start.left) {
      trackFirstScreenRead(client.get<T>(objectPath(collection, name), { project, signal: abort.signal }))
        .then((result) => ({ name, object: result.data }))
        // Deleted meanwhile, refused, offline: the whole list decides.
        .catch(() => ({ name, object: undefined }))
        .then(({ name: done, object }) => {
          if (abort.signal.aborted) return;
          setState((current) => {
            if (current.names !== names) return current;
            const found = new Map(current.found);
            if (object !== undefined) found.set(done, object);
            const left = new Set(current.left);
            left.delete(done);
            return { names, found, left };
          });
        });
    }
    return () => abort.abort();
  }, [client, project, collection, names]);
  const current = state.names === names;
  const rows = useMemo(() => (current ? names.flatMap((name) => (state.found.has(name) ? [state.found.get(name) as T] : [])) : []), [current, names, state.found]);
  return { rows, pending: current ? state.left.size > 0 : names.length > 0 };
}

/**
 * A quick read a preview picks its names from (`GET <collection>?project=p` for a collection whose
 * names LXD lists quickly, `NAMES_LISTED`; an image's aliases). Outside the query cache, as the
 * objects are. Drawn at once when the page's early requests already have it. `query` is a
 * module constant: it is read again when it changes.
 */
function useListed<T>(client: LxdClient, project: string, path: string, wanted: boolean, query?: Readonly<Record<string, string | number>>) {
  const [state, setState] = useState<{ data: T | undefined; pending: boolean }>(() => {
    const answered = wanted ? client.answered<T>(path, { project, query }) : undefined;
    return answered ? { data: answered.data, pending: false } : { data: undefined, pending: wanted };
  });
  const pending = state.pending;
  useEffect(() => {
    if (!wanted || !pending) return;
    const abort = new AbortController();
    trackFirstScreenRead(client.get<T>(path, { project, query, signal: abort.signal }))
      .then((result) => result.data)
      // Refused or offline: no preview; the whole list decides.
      .catch(() => undefined)
      .then((data) => {
        if (!abort.signal.aborted) setState({ data, pending: false });
      });
    return () => abort.abort();
  }, [client, project, path, query, wanted, pending]);
  return state;
}

const ALIASES_QUERY = { recursion: 1 } as const;
const NO_ALIASES: { name: string; target: string }[] = [];

/**
 * A list query that shows its first screenful early (see `lib/listPreview.ts`): on a first load at
 * the list's default view (a plain address: no filter, the default sort by name), the objects the
 * list starts with are read one by one from the names in the project's `used_by` (instances: from
 * their names list, `NAMES_LISTED`; images: from their fingerprints and aliases, `firstImages`), and the whole
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
  const images = collection === IMAGES;
  const projects = useQuery({ ...projectQueries.list(client), enabled: wanted && !listed });
  const urls = useListed<string[] | null>(client, project, collection, wanted && listed);
  const aliases = useListed<{ name: string; target: string }[] | null>(client, project, `${IMAGES}/aliases`, wanted && images, ALIASES_QUERY);
  const listedUrls = urls.pending ? undefined : (urls.data ?? NO_NAMES);
  const projectUsedBy = projects.data?.find((candidate) => candidate.name === project)?.used_by;
  const usedBy = !wanted ? undefined : listed ? listedUrls : projectUsedBy;
  // Without the aliases (refused, offline) no image can be placed: no preview.
  const aliasList = images && !aliases.pending && aliases.data !== undefined ? (aliases.data ?? NO_ALIASES) : undefined;
  const { names, total, before } = useMemo(() => {
    if (!usedBy || (images && !aliasList)) return { names: NO_NAMES, total: 0, before: undefined };
    const all = namesInUsedBy(usedBy, collection);
    if (images) {
      const pick = firstImages(all, aliasList ?? [], previewCount(window.innerHeight));
      return { names: pick.fingerprints, total: all.length, before: pick.before };
    }
    return { names: firstNames(all, previewCount(window.innerHeight)), total: all.length, before: undefined };
  }, [usedBy, collection, images, aliasList]);
  const objects = useObjects<T>(client, project, collection, names);
  // Images are read by their lowest possible name: those the whole list starts with, in its order.
  const rows = useMemo(
    () => (images ? (imagePreviewRows(objects.rows as unknown as { fingerprint: string }[], before) as unknown as T[]) : objects.rows),
    [images, objects.rows, before],
  );
  // The list waits for the preview's names and objects; an error in either just ends the wait.
  const holding = wanted && ((listed ? urls.pending || aliases.pending : projects.isPending) || objects.pending);
  const query = useQuery({ ...list, enabled: !holding });
  const preview: ListPreview<T> | undefined = wanted && query.isPending && rows.length > 0 ? { rows, total } : undefined;
  return { query, preview };
}
