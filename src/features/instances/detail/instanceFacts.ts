import type { LxdInstanceState } from '@/lxd';

export interface InterfaceAddresses {
  name: string;
  hwaddr: string;
  state: string;
  addresses: { family: string; address: string; netmask: string; scope: string }[];
}

export function interfaces(state: LxdInstanceState | undefined): InterfaceAddresses[] {
  return Object.entries(state?.network ?? {})
    .filter(([name, network]) => name !== 'lo' && network.type !== 'loopback')
    .map(([name, network]) => ({ name, hwaddr: network.hwaddr, state: network.state, addresses: network.addresses }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes)) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(value >= 100 ? 0 : 1)} ${UNITS[unit]}`;
}

/** LXD reports CPU time in nanoseconds. */
export function formatCpuTime(nanoseconds: number | undefined): string {
  if (nanoseconds === undefined) return '—';
  const seconds = nanoseconds / 1e9;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${Math.round(seconds % 60)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
