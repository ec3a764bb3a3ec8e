import { DEFAULT_PROJECT, paths } from '@/config/paths';

/** The project a hash route is in (`#/project/<name>/...`), or null for routes outside projects. */
export function projectOfHash(hash: string): string | null {
  const match = /^#?\/project\/([^/?#]+)/.exec(hash);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/**
 * Where a restricted certificate should go instead of the current route: the first project it may
 * use when the route points at another one (LXD would refuse every request there) or, outside
 * projects, when the default project is not one of them. Null when the route is fine.
 */
export function restrictedRedirect(hash: string, allowed: readonly string[]): string | null {
  const [first] = allowed;
  if (first === undefined) return null;
  const project = projectOfHash(hash) ?? DEFAULT_PROJECT;
  if (allowed.includes(project)) return null;
  return `#${paths.instances(first)}`;
}
