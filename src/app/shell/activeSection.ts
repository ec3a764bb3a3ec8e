import { SECTIONS, type SectionId } from '@/config/paths';

const SECTION_IDS = new Set<string>(SECTIONS.map((section) => section.id));

/** Pages that live outside their section's own path but belong to it in the navigation. */
const OWNED_BY: Record<string, SectionId> = {
  instance: 'instances',
  profile: 'profiles',
  image: 'images',
  settings: 'projects',
  network: 'networks',
  'network-acls': 'networks',
  'network-acl': 'networks',
};

/**
 * The sidebar section a route belongs to: `/project/p/instance/x` is under Instances,
 * `/project/p/profile/x` under Profiles, the server-wide `/projects` pages and a project's
 * own settings page under Projects, `/server` and `/servers` under Server.
 */
export function activeSection(pathname: string): SectionId | undefined {
  const parts = pathname.split('/').filter(Boolean);
  if (parts[0] === 'projects') return 'projects';
  if (parts[0] === 'image-servers' || parts[0] === 'image-server') return 'images';
  if (parts[0] === 'server' || parts[0] === 'servers') return 'server';
  if (parts[0] === 'cluster') return 'cluster';
  if (parts[0] !== 'project' || parts.length < 3) return undefined;
  const segment = parts[2] ?? '';
  if (SECTION_IDS.has(segment)) return segment as SectionId;
  return OWNED_BY[segment];
}
