import { queryOptions } from '@tanstack/react-query';
import type { LxdClient } from '@/lxd';
import { fetchCatalogue, type PageContext } from './catalogue';
import { fetchCatalogueViaLxd } from './registries';

export const imageServerKeys = {
  all: ['imageServers'] as const,
  catalogue: (url: string) => [...imageServerKeys.all, 'catalogue', url] as const,
};

export const imageServerQueries = {
  /**
   * A server's catalogue, read and parsed once: filtering works on the parsed rows, and it stays
   * cached while the browser keeps the page (nothing polls; Refresh reads it again).
   */
  catalogue: (url: string, page: PageContext, viaLxd?: LxdClient) =>
    queryOptions({
      queryKey: [...imageServerKeys.catalogue(url), viaLxd ? 'lxd' : 'browser'],
      // Through LXD's image registries where the server has them and one reads this address.
      queryFn: async ({ signal }) => (viaLxd && (await fetchCatalogueViaLxd(viaLxd, url, signal))) || fetchCatalogue(url, { signal, page }),
      staleTime: Infinity,
      gcTime: 30 * 60_000,
      // A refusal (CSP, CORS, no answer) does not go away by asking again at once.
      retry: false,
    }),
};
