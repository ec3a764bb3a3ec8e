import type { CatalogueImageType, CatalogueProduct } from '@/api/imageServers/simplestreams';
import { DEFAULT_PROJECT, paths } from '@/config/paths';

/** LXD gets the server's address without a trailing slash (it appends `/streams/v1/…` itself). */
export function lxdServerUrl(url: string): string {
  return url.replace(/\/+$/, '');
}

/** What to copy or launch: an image on a server, by alias (or fingerprint), of one type. */
export interface RemoteImageChoice {
  serverName: string;
  serverUrl: string;
  alias: string;
  type: CatalogueImageType;
  /** The catalogue row, when it was chosen from the catalogue (not typed). */
  product?: CatalogueProduct;
}

/** The create form with this remote image as its source (`?server=&alias=&protocol=&type=`). */
export function launchPath(project: string, choice: Pick<RemoteImageChoice, 'serverUrl' | 'alias' | 'type'>): string {
  const search = new URLSearchParams({
    server: lxdServerUrl(choice.serverUrl),
    alias: choice.alias,
    protocol: 'simplestreams',
    type: choice.type,
  });
  return `${paths.createInstance(project || DEFAULT_PROJECT)}?${search.toString()}`;
}

export const TYPE_LABELS: Record<CatalogueImageType, string> = {
  container: 'container',
  'virtual-machine': 'virtual machine',
};

/** Which type a row acts on: the type filter's when the product has it, else the product's first. */
export function chosenType(product: CatalogueProduct, typeFilter: string): CatalogueImageType {
  const wanted = product.types.find((type) => type === typeFilter);
  return wanted ?? product.types[0] ?? 'container';
}
