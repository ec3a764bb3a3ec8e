import type { LxdInstance, LxdInstanceState } from '@/lxd';

export const STATUS_FILTERS = ['Running', 'Stopped', 'Frozen', 'Error'] as const;

export function imageDescription(instance: LxdInstance): string {
  const config = instance.config;
  const description = config['image.description'];
  if (description) return description;
  return [config['image.os'], config['image.release']].filter(Boolean).join(' ');
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

/** The members the instances are on (a cluster's location filter), sorted. */
export function locationOptions(instances: readonly { location?: string }[] | undefined): { value: string; label: string }[] {
  const names = new Set<string>();
  for (const instance of instances ?? []) if (instance.location) names.add(instance.location);
  return [...names].sort().map((name) => ({ value: name, label: name }));
}
