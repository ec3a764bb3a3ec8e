import { useCallback, useMemo, useState } from 'react';
import type { LxdImage } from '@/lxd';

const EMPTY: ReadonlySet<string> = new Set();

/**
 * The list's selection by fingerprint (UI state, per project). An image deleted elsewhere drops
 * out of what the bulk delete sees.
 */
export function useImageSelection(project: string, all: readonly LxdImage[] | undefined, shown: readonly LxdImage[]) {
  const [state, setState] = useState<{ project: string; keys: ReadonlySet<string> }>({ project, keys: EMPTY });
  const keys = state.project === project ? state.keys : EMPTY;
  const selected = useMemo(() => (all ?? []).filter((image) => keys.has(image.fingerprint)), [all, keys]);
  const update = useCallback(
    (change: (current: ReadonlySet<string>) => ReadonlySet<string>) =>
      setState((current) => ({ project, keys: change(current.project === project ? current.keys : EMPTY) })),
    [project],
  );
  const toggle = useCallback(
    (key: string) =>
      update((current) => {
        const next = new Set(current);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    [update],
  );
  const toggleAll = useCallback(
    (select: boolean) =>
      update((current) => {
        const next = new Set(current);
        for (const image of shown) {
          if (select) next.add(image.fingerprint);
          else next.delete(image.fingerprint);
        }
        return next;
      }),
    [update, shown],
  );
  const clear = useCallback(() => update(() => EMPTY), [update]);
  return { keys, selected, toggle, toggleAll, clear };
}
