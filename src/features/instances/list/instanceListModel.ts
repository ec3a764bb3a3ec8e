import type { LxdInstance, LxdInstanceState } from '@/lxd';

export const SORT_COLUMNS = ['name', 'status', 'type', 'image', 'created'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'asc' | 'desc';

export const STATUS_FILTERS = ['Running', 'Stopped', 'Frozen', 'Error'] as const;

/** The list's view state; it lives in the URL so a reload or a bookmark keeps it. */
export interface InstanceListParams {
  q: string;
  status: string;
  sort: SortColumn;
  dir: SortDirection;
}

export function parseListParams(search: URLSearchParams): InstanceListParams {
  const sort = search.get('sort');
  return {
    q: search.get('q') ?? '',
    status: search.get('status') ?? '',
    sort: SORT_COLUMNS.includes(sort as SortColumn) ? (sort as SortColumn) : 'name',
    dir: search.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

/** Writes only what differs from the defaults, so a plain list has a plain URL. */
export function listParamsToSearch(params: InstanceListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.status) search.set('status', params.status);
  if (params.sort !== 'name') search.set('sort', params.sort);
  if (params.dir !== 'asc') search.set('dir', params.dir);
  return search;
}

export function imageDescription(instance: LxdInstance): string {
  const config = instance.config;
  const description = config['image.description'];
  if (description) return description;
  return [config['image.os'], config['image.release']].filter(Boolean).join(' ');
}

export function filterAndSortInstances(instances: readonly LxdInstance[], params: InstanceListParams): LxdInstance[] {
  const needle = params.q.trim().toLowerCase();
  const filtered = instances.filter((instance) => {
    if (params.status && instance.status !== params.status) return false;
    if (!needle) return true;
    return (
      instance.name.toLowerCase().includes(needle) ||
      instance.description.toLowerCase().includes(needle) ||
      imageDescription(instance).toLowerCase().includes(needle)
    );
  });
  const key = sortKey(params.sort);
  const factor = params.dir === 'asc' ? 1 : -1;
  return filtered.sort(
    (a, b) => factor * compare(key(a), key(b)) || a.name.localeCompare(b.name, undefined, { numeric: true }),
  );
}

function sortKey(column: SortColumn): (instance: LxdInstance) => string | number {
  switch (column) {
    case 'name':
      return (instance) => instance.name;
    case 'status':
      return (instance) => instance.status;
    case 'type':
      return (instance) => instance.type;
    case 'image':
      return (instance) => imageDescription(instance);
    case 'created':
      return (instance) => Date.parse(instance.created_at) || 0;
  }
}

function compare(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: 'base' });
}

/** Global IPv4 addresses of an instance, loopback excluded. */
export function ipv4Addresses(state: LxdInstanceState | undefined): string[] {
  const addresses: string[] = [];
  for (const [device, network] of Object.entries(state?.network ?? {})) {
    if (device === 'lo' || network.type === 'loopback') continue;
    for (const address of network.addresses) {
      if (address.family === 'inet' && address.scope === 'global') addresses.push(address.address);
    }
  }
  return addresses;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Local time as `YYYY-MM-DD HH:MM`: compact, sortable by eye, the same in every locale. */
export function formatDate(iso: string): string {
  const time = Date.parse(iso);
  // LXD reports unset times as year 1.
  if (!time || time < 0) return '—';
  const date = new Date(time);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
