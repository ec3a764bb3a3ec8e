import { compareText } from '@/lib/format';

/**
 * A list's view state, kept in the URL (`?q=&sort=&dir=&<filter>=`) so a reload or a bookmark keeps
 * it. Only what differs from the defaults is written, so a plain list has a plain URL.
 */
export interface ListParams {
  q: string;
  sort: string;
  dir: 'asc' | 'desc';
  /** Extra filters the list declares (e.g. `status`), '' when not set. */
  filters: Record<string, string>;
}

export interface ListParamsSpec {
  /** Sortable column ids; the first is the default sort. */
  sortable: readonly string[];
  /** Names of extra filter parameters. */
  filters?: readonly string[];
}

export function parseListParams(search: URLSearchParams, spec: ListParamsSpec): ListParams {
  const sort = search.get('sort');
  const fallback = spec.sortable[0] ?? '';
  return {
    q: search.get('q') ?? '',
    sort: sort && spec.sortable.includes(sort) ? sort : fallback,
    dir: search.get('dir') === 'desc' ? 'desc' : 'asc',
    filters: Object.fromEntries((spec.filters ?? []).map((name) => [name, search.get(name) ?? ''])),
  };
}

export function listParamsToSearch(params: ListParams, spec: ListParamsSpec, keep?: URLSearchParams): URLSearchParams {
  const search = new URLSearchParams();
  // Parameters the list does not own (a tab's own state) stay as they are.
  const owned = new Set(['q', 'sort', 'dir', ...(spec.filters ?? [])]);
  keep?.forEach((value, key) => {
    if (!owned.has(key)) search.append(key, value);
  });
  if (params.q) search.set('q', params.q);
  for (const name of spec.filters ?? []) {
    const value = params.filters[name];
    if (value) search.set(name, value);
  }
  if (params.sort !== (spec.sortable[0] ?? '')) search.set('sort', params.sort);
  if (params.dir !== 'asc') search.set('dir', params.dir);
  return search;
}

export type SortValue = string | number | undefined | null;

/**
 * Sorts by one column's value, text naturally (`c2` before `c10`) and numbers numerically; missing
 * values last whichever the direction; ties in a stable order by `tieBreak` (usually the name).
 */
export function sortRows<T>(
  rows: readonly T[],
  value: (row: T) => SortValue,
  dir: 'asc' | 'desc',
  tieBreak: (row: T) => string,
): T[] {
  const factor = dir === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: value(row), tie: tieBreak(row) }));
  keyed.sort((a, b) => {
    const aMissing = a.key === undefined || a.key === null || a.key === '';
    const bMissing = b.key === undefined || b.key === null || b.key === '';
    if (aMissing !== bMissing) return aMissing ? 1 : -1;
    let order = 0;
    if (!aMissing && !bMissing) {
      order =
        typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : compareText(String(a.key), String(b.key));
    }
    return factor * order || compareText(a.tie, b.tie);
  });
  return keyed.map((entry) => entry.row);
}

/** Rows whose text (name, description ...) contains the filter, case-insensitively. */
export function filterRows<T>(rows: readonly T[], query: string, text: (row: T) => readonly (string | undefined)[]): T[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [...rows];
  return rows.filter((row) => text(row).some((part) => part?.toLowerCase().includes(needle)));
}
