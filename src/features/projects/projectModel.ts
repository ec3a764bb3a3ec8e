import { parseUsedBy, type UsedByRef } from '@/lib/usedBy';
import type { LxdProject } from '@/lxd';

/**
 * What this page knows about LXD projects, as declarations: which `features.*` a server has (by its
 * `api_extensions`) and what LXD sets on a new project, the `limits.*` and `restricted.*` keys the
 * forms offer, and what counts as "in" a project (LXD renames and deletes only empty ones).
 */

export interface ProjectFeature {
  key: string;
  /** Short name in lists: `images`, `storage volumes`. */
  label: string;
  hint: string;
  /** The API extension that brought the key; absent means every LXD 5.0 has it. */
  extension?: string;
  /** What LXD sets when a new project does not say (its "initial value"). */
  initial: boolean;
}

export const PROJECT_FEATURES: readonly ProjectFeature[] = [
  { key: 'features.images', label: 'images', hint: 'Its own images and image aliases.', initial: true },
  { key: 'features.profiles', label: 'profiles', hint: 'Its own profiles (a restricted project needs this).', initial: true },
  { key: 'features.storage.volumes', label: 'storage volumes', hint: 'Its own custom storage volumes.', initial: true },
  {
    key: 'features.storage.buckets',
    label: 'storage buckets',
    hint: 'Its own storage buckets.',
    extension: 'storage_buckets',
    initial: true,
  },
  { key: 'features.networks', label: 'networks', hint: 'Its own networks.', extension: 'projects_networks', initial: false },
  {
    key: 'features.networks.zones',
    label: 'network zones',
    hint: 'Its own network zones.',
    extension: 'network_zones',
    initial: false,
  },
];

/** A config key offered as a form field; the shape `ConfigFields` renders, plus when the server has it. */
export interface ProjectConfigField {
  key: string;
  label: string;
  kind: 'text' | 'boolean' | 'select';
  options?: readonly { value: string; label: string }[];
  hint?: string;
  placeholder?: string;
  /** The API extension that brought the key; absent means every LXD 5.0 has it. */
  extension?: string;
  /** What applies when the key is unset, as LXD documents it. */
  lxdDefault?: string;
  /** The value's form as LXD checks it, so the form can say so before sending. */
  check?: 'count' | 'size';
}

const count = (key: string, label: string, hint: string, extension?: string): ProjectConfigField => ({
  key,
  label,
  kind: 'text',
  hint,
  placeholder: 'No limit',
  check: 'count',
  ...(extension ? { extension } : {}),
});

export const LIMIT_FIELDS: readonly ProjectConfigField[] = [
  count('limits.instances', 'Instances', 'Most instances in the project.', 'projects_limits_instances'),
  count('limits.containers', 'Containers', 'Most containers in the project.'),
  count('limits.virtual-machines', 'Virtual machines', 'Most virtual machines in the project.'),
  count('limits.cpu', 'CPUs', 'Most CPUs, summed over the instances’ limits.cpu (each instance must set it).'),
  {
    key: 'limits.memory',
    label: 'Memory',
    kind: 'text',
    hint: 'Most memory, summed over the instances’ limits.memory (each instance must set it), e.g. 8GiB.',
    placeholder: 'No limit',
    check: 'size',
  },
  {
    key: 'limits.disk',
    label: 'Disk',
    kind: 'text',
    hint: 'Most disk space of all instance volumes, custom volumes and images, e.g. 50GiB.',
    placeholder: 'No limit',
    check: 'size',
    extension: 'projects_limits_disk',
  },
  count('limits.processes', 'Processes', 'Most processes, summed over the instances’ limits.processes.'),
  count('limits.networks', 'Networks', 'Most networks in the project.', 'projects_networks'),
];

const allowBlock = [
  { value: 'block', label: 'Block' },
  { value: 'allow', label: 'Allow' },
] as const;
const managed = [
  { value: 'block', label: 'Block' },
  { value: 'managed', label: 'Managed only' },
  { value: 'allow', label: 'Allow' },
] as const;

const rule = (key: string, label: string, hint: string, extension?: string): ProjectConfigField => ({
  key,
  label,
  kind: 'select',
  options: allowBlock,
  hint,
  lxdDefault: 'block',
  ...(extension ? { extension } : {}),
});

/** The `restricted.*` keys; they apply only while `restricted` is true. */
export const RESTRICTION_FIELDS: readonly ProjectConfigField[] = [
  rule('restricted.containers.nesting', 'Container nesting', 'security.nesting=true.'),
  rule('restricted.containers.lowlevel', 'Container low-level options', 'raw.lxc, raw.idmap, volatile.* and the like.'),
  {
    key: 'restricted.containers.privilege',
    label: 'Container privilege',
    kind: 'select',
    options: [
      { value: 'unprivileged', label: 'Unprivileged only' },
      { value: 'isolated', label: 'Isolated only' },
      { value: 'allow', label: 'Allow privileged' },
    ],
    hint: 'Unprivileged refuses security.privileged=true; isolated also needs security.idmap.isolated=true.',
    lxdDefault: 'unprivileged',
  },
  {
    key: 'restricted.containers.interception',
    label: 'System call interception',
    kind: 'select',
    options: [
      { value: 'block', label: 'Block' },
      { value: 'allow', label: 'Allow the usually safe ones' },
      { value: 'full', label: 'Allow all' },
    ],
    hint: 'security.syscalls.intercept.* options.',
    lxdDefault: 'block',
    extension: 'projects_restricted_intercept',
  },
  rule('restricted.virtual-machines.lowlevel', 'VM low-level options', 'raw.qemu, volatile.* and the like.'),
  rule('restricted.snapshots', 'Snapshots', 'Instance and volume snapshots.', 'projects_restricted_backups_and_snapshots'),
  rule('restricted.backups', 'Backups', 'Instance and volume backups.', 'projects_restricted_backups_and_snapshots'),
  rule('restricted.cluster.target', 'Cluster member targeting', 'Choosing the cluster member of an instance.', 'projects_restricted_cluster_target'),
  {
    key: 'restricted.devices.disk',
    label: 'Disk devices',
    kind: 'select',
    options: managed,
    hint: 'Managed only: disks with pool= set. Block: only the root disk.',
    lxdDefault: 'managed',
  },
  {
    key: 'restricted.devices.disk.paths',
    label: 'Allowed disk source paths',
    kind: 'text',
    hint: 'With disk devices allowed: comma-separated path prefixes for source= (empty: any path).',
  },
  {
    key: 'restricted.devices.nic',
    label: 'Network devices',
    kind: 'select',
    options: managed,
    hint: 'Managed only: NICs with network= set.',
    lxdDefault: 'managed',
  },
  rule('restricted.devices.gpu', 'GPU devices', 'Devices of type gpu.'),
  rule('restricted.devices.usb', 'USB devices', 'Devices of type usb.'),
  rule('restricted.devices.pci', 'PCI devices', 'Devices of type pci.'),
  rule('restricted.devices.proxy', 'Proxy devices', 'Devices of type proxy.'),
  rule('restricted.devices.unix-char', 'Unix character devices', 'Devices of type unix-char.'),
  rule('restricted.devices.unix-block', 'Unix block devices', 'Devices of type unix-block.'),
  rule('restricted.devices.unix-hotplug', 'Unix hotplug devices', 'Devices of type unix-hotplug.'),
  rule('restricted.devices.infiniband', 'InfiniBand devices', 'Devices of type infiniband.'),
  {
    key: 'restricted.networks.access',
    label: 'Networks allowed',
    kind: 'text',
    hint: 'Comma-separated network names the project may use (empty: all).',
    extension: 'projects_networks_restricted_access',
  },
  {
    key: 'restricted.networks.uplinks',
    label: 'Uplink networks',
    kind: 'text',
    hint: 'Comma-separated networks its networks may use as uplink (empty: none).',
    extension: 'projects_networks_restricted_uplinks',
  },
  {
    key: 'restricted.networks.zones',
    label: 'Network zones',
    kind: 'text',
    hint: 'Comma-separated network zones it may use (empty: none).',
    extension: 'network_zones',
  },
  {
    key: 'restricted.cluster.groups',
    label: 'Cluster groups',
    kind: 'text',
    hint: 'Comma-separated cluster groups it may target.',
    extension: 'clustering_groups',
  },
];

/** The declarations the server has: keys whose extension it lacks are left out. */
export function forServer<T extends { extension?: string }>(declarations: readonly T[], extensions: readonly string[] | undefined): T[] {
  return declarations.filter((entry) => !entry.extension || (extensions?.includes(entry.extension) ?? false));
}

/** The features that are on (`true`), in the declared order, for the list's Features column. */
export function enabledFeatures(project: Pick<LxdProject, 'config'>, features: readonly ProjectFeature[]): ProjectFeature[] {
  return features.filter((feature) => project.config?.[feature.key] === 'true');
}

/** `images, profiles, storage volumes`, or `none (uses the default project’s)`. */
export function featureSummary(project: Pick<LxdProject, 'config'>, features: readonly ProjectFeature[]): string {
  const on = enabledFeatures(project, features);
  return on.length > 0 ? on.map((feature) => feature.label).join(', ') : 'none';
}

/** What is in a project, from its `used_by`: everything except its own `default` profile. */
export function projectContents(project: Pick<LxdProject, 'name' | 'used_by'>): UsedByRef[] {
  return (project.used_by ?? [])
    .map((url) => parseUsedBy(url, project.name))
    .filter((ref): ref is UsedByRef => !!ref)
    .filter((ref) => !(ref.collection === 'profiles' && ref.name === 'default' && ref.rest.length === 0));
}

export function instanceCount(project: Pick<LxdProject, 'name' | 'used_by'>): number {
  return projectContents(project).filter((ref) => ref.collection === 'instances' && ref.rest.length === 0).length;
}

/**
 * Why LXD would refuse to rename or delete the project, known before asking: the default project
 * never, any other only when empty (LXD: "Only empty projects can be removed" / "... renamed").
 */
export function projectChangeRefusal(project: Pick<LxdProject, 'name' | 'used_by'>, action: 'rename' | 'delete'): string | undefined {
  if (project.name === 'default') return `The default project cannot be ${action === 'rename' ? 'renamed' : 'deleted'}.`;
  if (projectContents(project).length > 0) {
    return `Project ${project.name} is not empty: LXD ${action === 'rename' ? 'renames' : 'deletes'} only empty projects. Delete or move what is in it first.`;
  }
  return undefined;
}

/**
 * Project names are checked as LXD checks them (`projectValidateName`, the same in LXD 5.0.2 and
 * current releases); the messages are LXD's own. Returns undefined for a valid name.
 */
export function validateProjectName(name: string): string | undefined {
  if (name === '') return 'No name provided';
  if (name.includes('/')) return 'Project names may not contain slashes';
  if (name.includes(' ')) return 'Project names may not contain spaces';
  if (name.includes('_')) return 'Project names may not contain underscores';
  if (name.includes("'") || name.includes('"')) return 'Project names may not contain quotes';
  if (name === '*') return 'Reserved project name';
  if (name === '.' || name === '..') return `Invalid project name "${name}"`;
  return undefined;
}

/** The value's form, as LXD checks `limits.*` (uint32 counts, byte sizes). */
export function checkConfigValue(field: Pick<ProjectConfigField, 'check'>, value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '' || !field.check) return undefined;
  if (field.check === 'count') {
    return /^\d+$/.test(trimmed) && Number(trimmed) <= 4294967295 ? undefined : 'Must be a whole number (0 or more).';
  }
  return /^\d+(B|kB|MB|GB|TB|PB|EB|KiB|MiB|GiB|TiB|PiB|EiB)?$/.test(trimmed)
    ? undefined
    : 'Must be a whole number of bytes with an optional unit, e.g. 512MiB or 8GB.';
}
