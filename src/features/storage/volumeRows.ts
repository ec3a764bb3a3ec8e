import type { NamedRow } from '@/api/namedList';
import type { VolumeItem } from '@/api/storage-volumes/names';
import type { LxdStorageVolume } from '@/lxd';

/**
 * A row of a volume list: name, type and pool from the volume's URL at once, the volume (description,
 * content type, size, users, location) once its row has read it.
 */
export interface VolumeRow {
  name: string;
  type: string;
  pool: string;
  /** The project the row reads the volume from: the URL's, else the page's. */
  project: string;
  volume: LxdStorageVolume | undefined;
  failed: boolean;
}

export const volumeRowKey = (row: Pick<VolumeRow, 'pool' | 'type' | 'name'>) => `${row.pool}/${row.type}/${row.name}`;

/** The project a volume of the list is read from. */
export const volumeReadProject = (item: Pick<VolumeItem, 'project'>, project: string) => item.project ?? project;

export function volumeRows(rows: readonly NamedRow<VolumeItem, LxdStorageVolume>[], project: string): VolumeRow[] {
  return rows.map(({ item, object, failed }) => ({
    name: item.name,
    type: item.type,
    pool: item.pool,
    project: volumeReadProject(item, project),
    volume: object,
    failed,
  }));
}

/** Columns whose values only the volumes know; sorting by one reads every volume. */
const VOLUME_SORTS: ReadonlySet<string> = new Set(['content', 'size', 'usedby', 'location']);

/**
 * The list sorts or filters by what only the volumes say (description, content type, size …): read
 * them all. Name, type, pool and project come with the names, so their sort and the type filter do not.
 */
export function needsEveryVolume(search: URLSearchParams): boolean {
  return !!search.get('q') || VOLUME_SORTS.has(search.get('sort') ?? 'name');
}

/** Custom volume names taken in a pool, from the names alone. */
export function customNames(items: readonly Pick<VolumeItem, 'pool' | 'type' | 'name'>[], pool: string): string[] {
  return items.filter((item) => item.pool === pool && item.type === 'custom').map((item) => item.name);
}
