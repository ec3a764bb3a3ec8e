import { compareText } from '@/lib/format';
import { parseUsedBy, type UsedByRef } from '@/lib/usedBy';
import type { LxdDevice, LxdProfile } from '@/lxd';

/** The profile every instance gets by default; LXD refuses to rename or delete it. */
export const DEFAULT_PROFILE = 'default';

/** `root: disk (pool default)`, `eth0: nic (network lxdbr0)`, `gpu0: gpu`. */
export function deviceSummary(name: string, device: LxdDevice): string {
  const type = device.type || 'device';
  const where =
    type === 'nic'
      ? device.network
        ? `network ${device.network}`
        : device.parent
          ? `parent ${device.parent}`
          : undefined
      : type === 'disk'
        ? device.pool
          ? `pool ${device.pool}${device.path && device.path !== '/' ? `, ${device.path}` : ''}`
          : device.source
            ? `${device.source}${device.path ? ` on ${device.path}` : ''}`
            : undefined
        : undefined;
  return `${name}: ${type}${where ? ` (${where})` : ''}`;
}

/** Every device, by name: `eth0: nic (network lxdbr0), root: disk (pool default)`; empty when none. */
export function devicesSummary(devices: Record<string, LxdDevice> | null | undefined): string {
  return Object.entries(devices ?? {})
    .sort(([a], [b]) => compareText(a, b))
    .map(([name, device]) => deviceSummary(name, device))
    .join(', ');
}

/** The instances (not snapshots, not other kinds) in a profile's `used_by`. */
export function instanceUsers(usedBy: readonly string[] | null | undefined, project: string): UsedByRef[] {
  return (usedBy ?? [])
    .map((url) => parseUsedBy(url, project))
    .filter((ref): ref is UsedByRef => !!ref && ref.collection === 'instances' && ref.rest.length === 0);
}

/**
 * Names of the instances of `project` that use the profile. A profile of the default project
 * can also be used from projects without their own profiles; those are not in this list.
 */
export function instanceNamesInProject(profile: Pick<LxdProfile, 'used_by'>, project: string): Set<string> {
  return new Set(instanceUsers(profile.used_by, project).filter((ref) => ref.project === project).map((ref) => ref.name));
}

/** Why LXD would refuse to delete the profile, or undefined when it would not. */
export function deleteRefusal(profile: Pick<LxdProfile, 'name' | 'used_by'>): string | undefined {
  if (profile.name === DEFAULT_PROFILE) return 'The default profile cannot be deleted: LXD gives it to every new instance.';
  const users = (profile.used_by ?? []).length;
  if (users > 0) return `Profile ${profile.name} is in use (${users === 1 ? '1 user' : `${users} users`}): remove it from them first.`;
  return undefined;
}

/** Why the profile cannot be renamed, or undefined. */
export function renameRefusal(name: string): string | undefined {
  return name === DEFAULT_PROFILE ? 'The default profile cannot be renamed: LXD gives it to every new instance.' : undefined;
}

/**
 * A profile name checked as LXD checks it when creating or renaming (`profilesPost`,
 * `profilePost`): not empty, no slash, not `.` or `..`, not taken. The messages are LXD's where
 * LXD has one. Returns undefined for a valid name.
 */
export function profileNameProblem(name: string, existing: readonly string[] = []): string | undefined {
  if (name === '') return 'No name provided';
  if (name.includes('/')) return 'Profile names may not contain slashes';
  if (name === '.' || name === '..') return `Invalid profile name "${name}"`;
  if (existing.includes(name)) return `A profile named ${name} already exists`;
  return undefined;
}

/** From the instances that used the profile and those ticked now: where to add it, where to remove it. */
export function profileChanges(initial: ReadonlySet<string>, checked: ReadonlySet<string>): { add: string[]; remove: string[] } {
  return {
    add: [...checked].filter((name) => !initial.has(name)).sort(compareText),
    remove: [...initial].filter((name) => !checked.has(name)).sort(compareText),
  };
}
