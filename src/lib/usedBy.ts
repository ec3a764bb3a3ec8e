/** One entry of an LXD object's `used_by`, e.g. `/1.0/instances/web?project=staging`. */
export interface UsedByRef {
  /** LXD's collection: `instances`, `profiles`, `images`, `networks`, `storage-pools` ... */
  collection: string;
  name: string;
  project: string;
  /** Deeper parts, e.g. a snapshot (`['snapshots', 'snap0']`) or a volume's type and name. */
  rest: string[];
  /** Cluster member for per-member objects (`?target=`). */
  target?: string;
  url: string;
}

const SINGULAR: Record<string, string> = {
  instances: 'instance',
  profiles: 'profile',
  images: 'image',
  networks: 'network',
  'network-acls': 'network ACL',
  'storage-pools': 'storage pool',
  projects: 'project',
};

export function parseUsedBy(url: string, defaultProject = 'default'): UsedByRef | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url, 'https://lxd.invalid');
  } catch {
    return undefined;
  }
  const segments = parsed.pathname.split('/').filter(Boolean).map((segment) => decodeURIComponent(segment));
  if (segments[0] !== '1.0' || segments.length < 3) return undefined;
  const [, collection = '', name = '', ...rest] = segments;
  return {
    collection,
    name,
    project: parsed.searchParams.get('project') ?? defaultProject,
    rest,
    target: parsed.searchParams.get('target') ?? undefined,
    url,
  };
}

/** `instance web`, `snapshot web/snap0`, `volume default/custom/data`, `profile small (project staging)`. */
export function describeUsedBy(ref: UsedByRef, currentProject?: string): string {
  let text: string;
  if (ref.collection === 'instances' && ref.rest[0] === 'snapshots' && ref.rest[1]) text = `snapshot ${ref.name}/${ref.rest[1]}`;
  else if (ref.collection === 'storage-pools' && ref.rest[0] === 'volumes') text = `volume ${[ref.name, ...ref.rest.slice(1)].join('/')}`;
  else text = `${SINGULAR[ref.collection] ?? ref.collection} ${[ref.name, ...ref.rest].join('/')}`;
  return currentProject !== undefined && ref.project !== currentProject ? `${text} (project ${ref.project})` : text;
}

/** Counts by kind, for a summary such as `3 instances, 1 profile`. */
export function summariseUsedBy(refs: readonly UsedByRef[]): string {
  const counts = new Map<string, number>();
  for (const ref of refs) {
    const kind = SINGULAR[ref.collection] ?? ref.collection;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([kind, count]) => `${count} ${kind}${count === 1 ? '' : 's'}`).join(', ');
}
