import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Column, DataTableSort } from './DataTable';
import { filterRows, listParamsToSearch, parseListParams, sortRows, type ListParams, type ListParamsSpec } from './listParams';

/** The rows a list shows for its URL state: sorted, and filtered by text and the extra filters. Pure. */
export function applyListView<T>(data: readonly T[], spec: ListViewSpec<T>, params: ListParams): T[] {
  return filterListRows(sortListRows(data, spec, params), spec, params);
}

/** The rows in the order of the list's sort. */
export function sortListRows<T>(data: readonly T[], spec: ListViewSpec<T>, params: Pick<ListParams, 'sort' | 'dir'>): readonly T[] {
  const column = spec.columns.find((candidate) => candidate.id === params.sort && candidate.sortValue);
  return column?.sortValue ? sortRows(data, column.sortValue, params.dir, spec.rowKey) : data;
}

/** The rows that pass the filter text and the extra filters, in the order given. */
export function filterListRows<T>(rows: readonly T[], spec: ListViewSpec<T>, params: Pick<ListParams, 'q' | 'filters'>): T[] {
  let shown = filterRows(rows, params.q, spec.text);
  for (const [name, passes] of Object.entries(spec.filters ?? {})) {
    const value = params.filters[name];
    if (value) shown = shown.filter((row) => passes(row, value));
  }
  return shown;
}

export interface ListViewSpec<T> {
  columns: readonly Column<T>[];
  /** The sort when the URL names none: a sortable column's id. */
  defaultSort: string;
  rowKey: (row: T) => string;
  /** The texts the filter box searches. */
  text: (row: T) => readonly (string | undefined)[];
  /** Extra filters: URL parameter -> does the row pass with this value. */
  filters?: Record<string, (row: T, value: string) => boolean>;
}

export interface ListView<T> {
  params: ListParams;
  setParams: (change: Partial<Omit<ListParams, 'filters'>> & { filters?: Record<string, string> }) => void;
  /** The rows shown: filtered, then sorted. */
  rows: T[];
  total: number;
  sort: DataTableSort;
  clearFilters: () => void;
  filtered: boolean;
}

/**
 * Filter text, extra filters and sort of a list, read from and written to the URL, and the rows
 * they select. The same for every list page, so each page only declares its columns.
 */
export function useListView<T>(data: readonly T[] | undefined, spec: ListViewSpec<T>): ListView<T> {
  const [search, setSearch] = useSearchParams();
  const filterNames = useMemo(() => Object.keys(spec.filters ?? {}), [spec.filters]);
  const paramsSpec: ListParamsSpec = useMemo(() => {
    const sortable = spec.columns.filter((column) => column.sortValue).map((column) => column.id);
    return { sortable: [spec.defaultSort, ...sortable.filter((id) => id !== spec.defaultSort)], filters: filterNames };
  }, [spec.columns, spec.defaultSort, filterNames]);
  const searchText = search.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the text stands for the URLSearchParams object, which is new each render
  const params = useMemo(() => parseListParams(search, paramsSpec), [searchText, paramsSpec]);

  const setParams = useCallback<ListView<T>['setParams']>(
    (change) =>
      // replace: typing a filter should not fill the back button with one entry per keystroke.
      setSearch(
        (current) => {
          const now = parseListParams(current, paramsSpec);
          const next = { ...now, ...change, filters: { ...now.filters, ...(change.filters ?? {}) } };
          return listParamsToSearch(next, paramsSpec, current);
        },
        { replace: true },
      ),
    [setSearch, paramsSpec],
  );

  // Sorted once per data and sort; a keystroke in the filter box only filters the sorted rows
  // (filtering keeps their order), which keeps typing quick in long lists.
  const { sort: sortColumn, dir } = params;
  const sorted = useMemo(() => sortListRows(data ?? [], spec, { sort: sortColumn, dir }), [data, spec, sortColumn, dir]);
  const rows = useMemo(() => filterListRows(sorted, spec, params), [sorted, spec, params]);

  const onSort = useCallback(
    (column: string) => setParams({ sort: column, dir: params.sort === column && params.dir === 'asc' ? 'desc' : 'asc' }),
    [setParams, params.sort, params.dir],
  );

  const filtered = params.q !== '' || Object.values(params.filters).some(Boolean);
  const clearFilters = useCallback(
    () => setParams({ q: '', filters: Object.fromEntries(filterNames.map((name) => [name, ''])) }),
    [setParams, filterNames],
  );

  return {
    params,
    setParams,
    rows,
    total: data?.length ?? 0,
    sort: { column: params.sort, dir: params.dir, onSort },
    clearFilters,
    filtered,
  };
}
