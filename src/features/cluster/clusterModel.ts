import type { LxdClusterMember, LxdInstance } from '@/lxd';

/**
 * A member's roles as the user reads them. LXD before `database-voter` marks a voting database
 * member with the role `database` (and `database: true`); newer LXD says `database-voter`. Both
 * read "database (voter)"; the leader and stand-by keep their names.
 */
export function memberRoles(member: Pick<LxdClusterMember, 'roles' | 'database'>): string[] {
  const roles = member.roles ?? [];
  const shown = roles.map((role) => (role === 'database' || role === 'database-voter' ? 'database (voter)' : role));
  if (member.database && !shown.includes('database (voter)') && !roles.includes('database-standby')) shown.push('database (voter)');
  return [...new Set(shown)];
}

/** How many instances (of the projects read) each member holds, by `location`. */
export function instancesPerMember(instances: readonly Pick<LxdInstance, 'location'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const instance of instances) {
    if (instance.location) counts.set(instance.location, (counts.get(instance.location) ?? 0) + 1);
  }
  return counts;
}

export type MemberAction = 'evacuate' | 'restore';

/** Why a member cannot be evacuated or restored now, or undefined when it can. */
export function memberActionRefusal(member: Pick<LxdClusterMember, 'status' | 'server_name'>, action: MemberAction): string | undefined {
  if (action === 'evacuate') {
    if (member.status === 'Evacuated') return `${member.server_name} is already evacuated.`;
    if (member.status !== 'Online') return `${member.server_name} is ${member.status.toLowerCase()}: only an online member can be evacuated.`;
    return undefined;
  }
  return member.status === 'Evacuated' ? undefined : `${member.server_name} is not evacuated.`;
}

/**
 * The evacuation modes the server offers. With `clustering_evacuation_mode` the request names one;
 * before it (LXD 5.0) there is no choice: each instance's `cluster.evacuate` decides.
 */
export function evacuationModes(has: (extension: string) => boolean): readonly { value: string; label: string }[] {
  if (!has('clustering_evacuation_mode')) return [];
  return [
    { value: 'auto', label: 'As each instance’s cluster.evacuate says' },
    { value: 'migrate', label: 'Move the instances (stop, move, start)' },
    ...(has('clustering_evacuation_live') ? [{ value: 'live-migrate', label: 'Live-migrate the instances' }] : []),
    { value: 'stop', label: 'Stop the instances and leave them here' },
  ];
}

/** A memory figure as "used of total". */
export function memoryText(used: number | null, total: number | null, format: (bytes: number) => string): string {
  if (used === null || total === null) return '—';
  return `${format(used)} of ${format(total)}`;
}
