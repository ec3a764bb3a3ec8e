/**
 * Lists read by name first: `GET <collection>` without recursion answers in milliseconds, and each
 * object is read alone only when its row is on screen (or when the list sorts or filters by what
 * only the objects know).
 *
 * LXD 5.0 computes every network's and every volume's `used_by` by walking every instance, one
 * object after another: beside 500 instances a network takes about 1.5 s and a volume 2 s, so
 * `?recursion=1` of 100 networks takes minutes and holds up every other request meanwhile. The
 * names alone cost one small request, and a screenful of rows reads its objects in turn
 * (`readInTurn`), top row first.
 */
import { hashKey, queryOptions, useQueries, useQuery, useQueryClient, type QueryClient, type QueryKey, type QueryState, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { LxdClient } from '@/lxd';
import { createLimiter, type Limiter } from '@/lib/limiter';
import { earlyInitialData } from './collection';
import { earlyEventsOpen } from '@/lib/earlyEvents';
import { noteReadStart } from './fetchStarts';
import { NAMES_FIRST_SOCKET_WAIT_MS } from '@/lib/earlyRequests';

export interface NamedItem {
  name: string;
}

/** The object's name: the last segment of its URL (`/1.0/networks/br%2D0?project=p` → `br-0`). */
export function nameFromUrl(url: string): string | undefined {
  const path = url.split('?')[0] ?? '';
  const last = path.slice(path.lastIndexOf('/') + 1);
  if (!last) return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return undefined;
  }
}

interface NamesQuery<I extends NamedItem, K extends QueryKey> {
  queryKey: K;
  client: LxdClient;
  project: string;
  /** `/1.0/networks`: listed without recursion, so LXD answers with URLs. */
  collection: string;
  /** An item from one URL, or undefined to leave it out; by default its name. */
  parse?: (url: string) => I | undefined;
}

const byName = (url: string) => {
  const name = nameFromUrl(url);
  return name === undefined ? undefined : { name };
};

/**
 * The collection's names (and what else its URLs say), one small request. When the page's early
 * script already has them in (`LxdClient.answered`), the query starts with them, dated when they
 * were asked for: the first render draws the rows instead of waiting for a read it already has.
 */
export function namesQuery<I extends NamedItem, K extends QueryKey>({ queryKey, client, project, collection, parse }: NamesQuery<I, K>) {
  const item = parse ?? (byName as (url: string) => I | undefined);
  const items = (urls: readonly string[] | null) => (urls ?? []).flatMap((url) => item(url) ?? []);
  return queryOptions({
    queryKey,
    queryFn: async (read) => {
      await untilEventsOpen(read);
      return items((await client.get<string[] | null>(collection, { project, signal: read.signal })).data);
    },
    ...earlyInitialData(client, collection, { project }, items),
  });
}

/**
 * A list's names and its rows' reads wait while the page's events socket is still opening (a
 * moment at most, as the early script's names do, lib/earlyRequests.ts): read before it opened,
 * they would be read a second time once it has (`realtime/rereadBefore.ts`). The network list
 * draws its first rows before that (from the projects), and their reads would start then.
 */
export async function untilEventsOpen(read: ReadContext): Promise<void> {
  await earlyEventsOpen(globalThis as never, NAMES_FIRST_SOCKET_WAIT_MS);
  noteReadStart(read.client, read.queryKey);
}

/** What a query's read is given (`QueryFunctionContext`) that says which query it is. */
interface ReadContext {
  client: QueryClient;
  queryKey: QueryKey;
  signal: AbortSignal;
}

const limiters = new WeakMap<LxdClient, Limiter>();

/**
 * Two reads of a row's object at a time per server, in the order the rows asked (see the file's
 * comment), once the events socket is open; each notes when it really asks LXD.
 */
export async function readInTurn<T>(client: LxdClient, task: () => Promise<T>, read: ReadContext): Promise<T> {
  let limiter = limiters.get(client);
  if (!limiter) {
    limiter = createLimiter(2);
    limiters.set(client, limiter);
  }
  await earlyEventsOpen(globalThis as never, NAMES_FIRST_SOCKET_WAIT_MS);
  return limiter(() => {
    noteReadStart(read.client, read.queryKey);
    return task();
  }, read.signal);
}

export interface NamedRow<I extends NamedItem, T> {
  item: I;
  name: string;
  /** The object, once read. */
  object: T | undefined;
  /** Its read failed (deleted meanwhile, refused): the row keeps its name and shows no details. */
  failed: boolean;
}


/**
 * The rows of a list read by name: each item with its object where the cache has it. Nothing is
 * read from here unless `readAll` (sorting or filtering by the objects' fields needs them all);
 * rows on screen read their own object with `ReadWhenShown`.
 *
 * Without `readAll` the rows only look into the cache (one subscription for the whole list): an
 * observer per name (500 volumes, 500 observers and cache entries) cost the volume list about
 * 75 ms of main-thread time before its first row on a cold load, for rows that were never shown.
 */
export function useNamedRows<I extends NamedItem, TRaw, TError, T, TKey extends QueryKey>(
  items: readonly I[] | undefined,
  read: (item: I) => UseQueryOptions<TRaw, TError, T, TKey>,
  readAll: boolean,
): { rows: NamedRow<I, T>[]; read: number } {
  const list = items ?? [];
  const combine = useCallback(
    (results: UseQueryResult<T, Error>[]) => {
      let done = 0;
      const rows = list.map((item, i): NamedRow<I, T> => {
        const result = results[i];
        if (result && (result.data !== undefined || result.isError)) done += 1;
        return { item, name: item.name, object: result?.data, failed: result?.isError ?? false };
      });
      return { rows, read: done };
    },
    // `list` is a new array only when `items` is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [items],
  );
  // Typed as already selected: each query's `select` turns its raw answer into T.
  const queries = readAll ? (list.map((item) => ({ ...read(item), enabled: true })) as unknown as UseQueryOptions<T, Error, T, QueryKey>[]) : [];
  const observed = useQueries({ queries, combine });
  const cached = useCachedRows(readAll ? undefined : items, read);
  return cached ?? observed;
}

/** The rows from the cache alone, re-read when one of their objects changes there; undefined without items. */
function useCachedRows<I extends NamedItem, TRaw, TError, T, TKey extends QueryKey>(
  items: readonly I[] | undefined,
  read: (item: I) => UseQueryOptions<TRaw, TError, T, TKey>,
): { rows: NamedRow<I, T>[]; read: number } | undefined {
  const cache = useQueryClient().getQueryCache();
  // The items' queries, by hash; `read` is taken as of the items (a new function each render).
  const entries = useMemo(
    () => items?.map((item) => {
      const options = read(item);
      return { item, hash: hashKey(options.queryKey), select: options.select as ((raw: TRaw) => T) | undefined };
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [items, cache],
  );
  const subscribe = useCallback(
    (changed: () => void) => {
      const hashes = new Set(entries?.map((entry) => entry.hash));
      return cache.subscribe((event) => {
        if (hashes.has(event.query.queryHash)) changed();
      });
    },
    [cache, entries],
  );
  // The entries' states, the same array while none of them has changed (each change is a new state).
  const last = useRef<readonly (QueryState<unknown, unknown> | undefined)[]>([]);
  const states = useSyncExternalStore(subscribe, () => {
    const next = entries?.map((entry) => cache.get(entry.hash)?.state) ?? [];
    const same = next.length === last.current.length && next.every((state, i) => state === last.current[i]);
    if (!same) last.current = next;
    return last.current;
  });
  return useMemo(() => {
    if (!entries) return undefined;
    let done = 0;
    const rows = entries.map(({ item, select }, i): NamedRow<I, T> => {
      const state = states[i];
      const raw = state?.data as TRaw | undefined;
      const failed = state?.status === 'error';
      if (raw !== undefined || failed) done += 1;
      return { item, name: item.name, object: raw === undefined ? undefined : select ? select(raw) : (raw as unknown as T), failed };
    });
    return { rows, read: done };
  }, [entries, states]);
}

/** Rows drawn together start reading together, once the browser has painted them. */
const waitingForPaint = new Set<() => void>();
let paintScheduled = false;

function afterPaint(run: () => void): () => void {
  waitingForPaint.add(run);
  if (!paintScheduled) {
    paintScheduled = true;
    // The frame's callbacks run before it paints; a task queued from there runs after it.
    requestAnimationFrame(() =>
      setTimeout(() => {
        paintScheduled = false;
        const runs = [...waitingForPaint];
        waitingForPaint.clear();
        for (const waiting of runs) waiting();
      }, 0),
    );
  }
  return () => waitingForPaint.delete(run);
}

/**
 * Put in a row's cell: reads the row's object while the row is rendered, from the frame after
 * the row was first painted; renders nothing. On LXD 5.0 one such read costs the server 50 ms to
 * 2 s of CPU (a network's or volume's `used_by`); started as the rows were committed, those reads
 * competed with the page's own first layout and paint wherever the browser and LXD share a
 * machine. A page in a background tab reads once it is shown.
 */
export function ReadWhenShown<TRaw, TError, T, TKey extends QueryKey>({ query }: { query: UseQueryOptions<TRaw, TError, T, TKey> }) {
  const [painted, setPainted] = useState(false);
  useEffect(() => (painted ? undefined : afterPaint(() => setPainted(true))), [painted]);
  useQuery({ ...query, enabled: painted, notifyOnChangeProps: [] });
  return null;
}
