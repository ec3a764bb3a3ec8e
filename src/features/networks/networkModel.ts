import { parseUsedBy, type UsedByRef } from '@/lib/usedBy';
import type { LxdDevice, LxdNetwork } from '@/lxd';

/** What LXD can make (`lxc network create --type`); which work depends on the host. */
export const NETWORK_TYPES = ['bridge', 'macvlan', 'sriov', 'physical', 'ovn'] as const;
export type NetworkType = (typeof NETWORK_TYPES)[number];

/** Types whose networks need a `parent` host interface. */
export const PARENT_TYPES: ReadonlySet<string> = new Set(['macvlan', 'sriov', 'physical']);

/**
 * A network name checked as LXD checks it (`IsInterfaceName`: it becomes a host interface): 2 to
 * 15 characters of letters, digits, `-`, `_` and `.`; not taken. LXD's messages where it has one.
 */
export function networkNameProblem(name: string, taken: readonly string[] = []): string | undefined {
  if (name === '') return 'No name provided';
  if (name.length < 2) return 'Network interface is too short (minimum 2 characters)';
  if (name.length > 15) return 'Network interface is too long (maximum 15 characters)';
  if (!/^[-_a-zA-Z0-9.]+$/.test(name)) return 'Network interface contains invalid characters (letters, digits, - _ . only)';
  if (name === '.' || name === '..') return `Invalid network name "${name}"`;
  if (taken.includes(name)) return `A network named ${name} already exists`;
  return undefined;
}

/** `none`, `auto` or an address in CIDR form (`198.51.100.1/24`, `fd00::1/64`); undefined when fine. */
export function addressProblem(value: string, family: 4 | 6): string | undefined {
  if (value === '' || value === 'none' || value === 'auto') return undefined;
  const [address = '', prefix, ...extra] = value.split('/');
  if (prefix === undefined || extra.length > 0 || !/^\d+$/.test(prefix)) return 'Use none, auto or an address with its prefix length (CIDR)';
  const bits = Number(prefix);
  if (family === 4) {
    const parts = address.split('.');
    const ok = parts.length === 4 && parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255);
    if (!ok) return `${address} is not an IPv4 address`;
    if (bits > 32) return 'An IPv4 prefix is at most 32';
  } else {
    if (!/^[0-9a-fA-F:.]+$/.test(address) || !address.includes(':')) return `${address} is not an IPv6 address`;
    if (bits > 128) return 'An IPv6 prefix is at most 128';
  }
  return undefined;
}

/** The list's IPv4 / IPv6 cell: the address as configured (`none`, `auto`, a CIDR), or `—`. */
export const configuredAddress = (network: LxdNetwork, family: 4 | 6) => network.config?.[`ipv${family}.address`] ?? '';

/** What uses the network, parsed (instances, profiles, other networks ...). */
export function networkUsers(network: Pick<LxdNetwork, 'used_by'>, project: string): UsedByRef[] {
  return (network.used_by ?? []).map((url) => parseUsedBy(url, project)).filter((ref): ref is UsedByRef => !!ref);
}

/** Why LXD would refuse deleting the network, naming its users; undefined when it would not. */
export function deleteRefusal(network: Pick<LxdNetwork, 'name' | 'managed' | 'used_by'>): string | undefined {
  if (!network.managed) return `${network.name} is a host interface that LXD does not manage; LXD cannot delete it.`;
  const users = (network.used_by ?? []).length;
  if (users > 0) return `Network ${network.name} is in use (${users === 1 ? '1 user' : `${users} users`}): detach it from them first.`;
  return undefined;
}

/** Why the network cannot be renamed, or undefined (LXD refuses renaming a network in use or a host interface). */
export function renameRefusal(network: Pick<LxdNetwork, 'name' | 'managed' | 'used_by'>): string | undefined {
  if (!network.managed) return `${network.name} is a host interface that LXD does not manage.`;
  if ((network.used_by ?? []).length > 0) return `Network ${network.name} is in use: LXD renames only networks nothing uses.`;
  return undefined;
}

/**
 * A row of the network list: its name from `GET /1.0/networks`, the network once its row has read
 * it. Whether LXD manages it is known before that: managed networks are named in their project's
 * `used_by`, host interfaces are not.
 */
export interface NetworkRow {
  name: string;
  managed: boolean;
  network: LxdNetwork | undefined;
  failed: boolean;
  /** Drawn before the names are in (the list's preview): its state is read once they are. */
  preview?: boolean;
}

/**
 * The project whose `used_by` names the networks a project shows: its own with `features.networks`
 * (and `default`, which always has it), otherwise `default`'s.
 */
export function networksProject<P extends { name: string; config?: Record<string, string> | null }>(
  projects: readonly P[],
  project: string,
): P | undefined {
  const own = projects.find((candidate) => candidate.name === project);
  if (project === 'default' || own?.config?.['features.networks'] === 'true') return own;
  return projects.find((candidate) => candidate.name === 'default');
}

/** The list's rows: managed from the network once read, else from the project's `used_by` names (undefined: not known, taken as managed). */
export function networkRows(
  rows: readonly { name: string; object: LxdNetwork | undefined; failed: boolean }[],
  managedNames: ReadonlySet<string> | undefined,
): NetworkRow[] {
  return rows.map(({ name, object, failed }) => ({
    name,
    managed: object ? object.managed : (managedNames?.has(name) ?? true),
    network: object,
    failed,
  }));
}

/** Managed networks, then the host's own interfaces (LXD lists them unmanaged). */
export function splitManaged<T extends { managed: boolean }>(rows: readonly T[]): { managed: T[]; host: T[] } {
  return { managed: rows.filter((row) => row.managed), host: rows.filter((row) => !row.managed) };
}

/** Networks an OVN network can use as its uplink: managed physical networks and bridges. */
export function ovnUplinks(networks: readonly LxdNetwork[]): LxdNetwork[] {
  return networks.filter((network) => network.managed && (network.type === 'physical' || network.type === 'bridge'));
}

/** A free NIC name for an instance or profile (`eth1` when `eth0` is taken). */
export function freeDeviceName(devices: Record<string, unknown> | null | undefined, base = 'eth'): string {
  for (let i = 0; ; i += 1) if (!devices?.[`${base}${i}`]) return `${base}${i}`;
}

/** One NIC device that uses the network, on an instance or a profile. */
export interface NetworkNic {
  kind: 'instance' | 'profile';
  owner: string;
  device: string;
}

/**
 * The NICs on this network that are an object's own devices (a NIC an instance gets from a
 * profile is detached from the profile). Read from the instance and profile lists.
 */
export function nicsOnNetwork(
  network: string,
  instances: readonly { name: string; devices?: Record<string, LxdDevice> | null }[] | undefined,
  profiles: readonly { name: string; devices?: Record<string, LxdDevice> | null }[] | undefined,
): NetworkNic[] {
  const of = (kind: NetworkNic['kind'], owners: typeof instances) =>
    (owners ?? []).flatMap((owner) =>
      Object.entries(owner.devices ?? {})
        .filter(([, device]) => device.type === 'nic' && device.network === network)
        .map(([device]) => ({ kind, owner: owner.name, device })),
    );
  return [...of('instance', instances), ...of('profile', profiles)];
}
