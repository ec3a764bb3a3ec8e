/**
 * A pool's volumes by URL (`GET /1.0/storage-pools/<pool>/volumes` without recursion): name, type
 * and pool come with the URL, the rest with the volume (see api/namedList.ts).
 */
export interface VolumeItem {
  /** `<type>/<name>`: a container and a custom volume may share a name in one pool. */
  id: string;
  name: string;
  /** `custom`, `container`, `virtual-machine`, `image`. */
  type: string;
  pool: string;
  /** The project the URL names (`?project=`); LXD leaves it out for `default`. */
  project?: string;
}

export const volumeItemId = (type: string, name: string) => `${type}/${name}`;

export function volumeItem(pool: string, type: string, name: string, project?: string): VolumeItem {
  return { id: volumeItemId(type, name), name, type, pool, ...(project ? { project } : {}) };
}

const VOLUME_URL = /^\/1\.0\/storage-pools\/([^/]+)\/volumes\/([^/]+)\/([^/]+)$/;

/**
 * `/1.0/storage-pools/p/volumes/custom/data?project=x` → pool `p`, type `custom`, name `data`,
 * project `x`. Anything else (a snapshot's URL, garbage) is undefined: left out of the list.
 */
export function volumeItemFromUrl(url: string): VolumeItem | undefined {
  const [path = '', query = ''] = url.split('?');
  const match = VOLUME_URL.exec(path);
  if (!match) return undefined;
  try {
    const [pool, type, name] = match.slice(1).map((part) => decodeURIComponent(part));
    if (!pool || !type || !name) return undefined;
    return volumeItem(pool, type, name, new URLSearchParams(query).get('project') ?? undefined);
  } catch {
    return undefined;
  }
}
