import { compareText, formatDuration } from '@/lib/format';
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
    .sort((a, b) => compareText(a.name, b.name));
}

/** LXD reports CPU time in nanoseconds. */
export function formatCpuTime(nanoseconds: number | undefined): string {
  return nanoseconds === undefined ? '—' : formatDuration(nanoseconds / 1e6);
}
