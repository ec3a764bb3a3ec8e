/**
 * Snapshot names as LXD accepts them. LXD 5.0 refuses "/", "?", "&", "+" (URL-segment safety) and
 * spaces; newer LXD also refuses "*", "\" and "..". LXD 5.0.2 accepts "..", "." and (on rename) ""
 * although they break the snapshot's path on disk, so those are refused here on every version.
 */
const FORBIDDEN: readonly [string, string][] = [
  ['/', 'Cannot contain "/"'],
  ['?', 'Cannot contain "?"'],
  ['&', 'Cannot contain "&"'],
  ['+', 'Cannot contain "+"'],
  ['*', 'Cannot contain "*"'],
  ['\\', 'Cannot contain "\\"'],
];

export interface SnapshotNameRules {
  /** Creating may leave the name empty (LXD picks one from snapshots.pattern); renaming may not. */
  required: boolean;
  /** Names already taken by other snapshots of the instance. */
  taken?: readonly string[];
}

/** Why `name` cannot be used, or null when it can. */
export function snapshotNameError(name: string, rules: SnapshotNameRules): string | null {
  if (name === '') return rules.required ? 'Enter a name.' : null;
  if (/\s/.test(name)) return 'Cannot contain spaces.';
  for (const [character, message] of FORBIDDEN) {
    if (name.includes(character)) return `${message}.`;
  }
  if (name === '.' || name === '..') return `"${name}" is not a valid name.`;
  if (rules.taken?.includes(name)) return `A snapshot named "${name}" already exists.`;
  return null;
}

/** Where the create form shows LXD's refusal: next to the expiry, the name, or under the form. */
export function createErrorField(message: string): 'name' | 'expiry' | 'form' {
  if (/expir/i.test(message)) return 'expiry';
  if (/name|already exists|already in use/i.test(message)) return 'name';
  return 'form';
}
