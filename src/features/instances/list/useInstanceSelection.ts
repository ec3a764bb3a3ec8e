import { useCallback, useMemo, useState } from 'react';
import type { LxdInstance } from '@/lxd';
import { toggleName, toggleShown } from './selection';

const EMPTY: ReadonlySet<string> = new Set();

/**
 * The list's selection (UI state, kept per project). Names that are no longer listed, e.g. an
 * instance deleted elsewhere, drop out of what the bulk actions see.
 */
export function useInstanceSelection(project: string, all: readonly LxdInstance[] | undefined, shown: readonly LxdInstance[]) {
  const [state, setState] = useState<{ project: string; names: ReadonlySet<string> }>({ project, names: EMPTY });
  const names = state.project === project ? state.names : EMPTY;
  const selected = useMemo(() => (all ?? []).filter((instance) => names.has(instance.name)), [all, names]);

  const update = useCallback(
    (change: (current: ReadonlySet<string>) => ReadonlySet<string>) =>
      setState((current) => ({ project, names: change(current.project === project ? current.names : EMPTY) })),
    [project],
  );
  const toggle = useCallback((name: string) => update((current) => toggleName(current, name)), [update]);
  const toggleAll = useCallback(
    (select: boolean) => update((current) => toggleShown(current, shown.map((instance) => instance.name), select)),
    [update, shown],
  );
  const clear = useCallback(() => update(() => EMPTY), [update]);
  return { names, selected, toggle, toggleAll, clear };
}
