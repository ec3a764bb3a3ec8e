import { useCallback, useMemo, useState } from 'react';
import { toggleName, toggleShown } from './selection';

const EMPTY: ReadonlySet<string> = new Set();

/**
 * A list's selection by row key (UI state, kept per project). Keys that are no longer listed,
 * e.g. an object deleted elsewhere, drop out of what the bulk actions see (`selected`).
 * `toggleAll` selects or clears the rows shown (the filtered rows), leaving others alone.
 */
export function useRowSelection<T>(project: string, all: readonly T[] | undefined, shown: readonly T[], key: (row: T) => string) {
  const [state, setState] = useState<{ project: string; keys: ReadonlySet<string> }>({ project, keys: EMPTY });
  const keys = state.project === project ? state.keys : EMPTY;
  const selected = useMemo(() => (all ?? []).filter((row) => keys.has(key(row))), [all, keys, key]);

  const update = useCallback(
    (change: (current: ReadonlySet<string>) => ReadonlySet<string>) =>
      setState((current) => ({ project, keys: change(current.project === project ? current.keys : EMPTY) })),
    [project],
  );
  const toggle = useCallback((rowKey: string) => update((current) => toggleName(current, rowKey)), [update]);
  const toggleAll = useCallback(
    (select: boolean) => update((current) => toggleShown(current, shown.map(key), select)),
    [update, shown, key],
  );
  const clear = useCallback(() => update(() => EMPTY), [update]);
  return { keys, selected, toggle, toggleAll, clear };
}
