import { useQueries } from '@tanstack/react-query';
import type { PaletteItem } from './paletteItems';
import type { PaletteContext, PaletteSource } from './sources';

export interface SourceStatus {
  label: string;
  status: 'ready' | 'loading' | 'error';
  error?: Error;
}

/**
 * Every source's items. Lists already in the cache are used as they are, even when an event
 * marked them out of date (the page showing them re-reads them; opening the palette must not):
 * `refetchOnMount: false` makes a query fetch only when it has no data, so LXD is asked only
 * for what was never loaded, e.g. the profiles of the current project. The queries stay
 * observed while the palette is open, so events keep the items current.
 */
export function usePaletteItems(sources: readonly PaletteSource[], context: PaletteContext) {
  const withQuery = sources.flatMap((source) => (source.query ? [{ source, query: source.query }] : []));
  const results = useQueries({
    queries: withQuery.map(({ query }) => ({ ...query(context), refetchOnMount: false })),
  });

  // Rebuilt on each render: a few hundred small objects, cheap next to the render itself.
  const items: PaletteItem[] = [];
  let queried = 0;
  for (const source of sources) {
    const data = source.query ? results[queried++]?.data : undefined;
    if (!source.query || data !== undefined) items.push(...source.items(data, context));
  }

  const statuses: SourceStatus[] = withQuery.map(({ source }, index) => {
    const result = results[index];
    if (result?.data !== undefined) return { label: source.label, status: 'ready' };
    if (result?.isError) return { label: source.label, status: 'error', error: result.error };
    return { label: source.label, status: 'loading' };
  });
  return { items, statuses };
}
