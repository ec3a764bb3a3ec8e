import { validateInstanceName } from '@/lxd/names';

/**
 * The problem with a new instance name, checked as LXD will check it (its own rules and
 * messages), plus the duplicate LXD would refuse later, after the operation started.
 */
export function instanceNameProblem(name: string, existing: ReadonlySet<string>, project: string): string | undefined {
  const invalid = validateInstanceName(name);
  if (invalid) return invalid;
  if (existing.has(name)) return `An instance named "${name}" already exists in project ${project}`;
  return undefined;
}
