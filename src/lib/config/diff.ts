import type { LxdDevice } from '@/lxd';
import type { EditableField, EditableObject } from './editable';

export type ChangeSection = EditableField;

/** One difference between two versions: a config key, a whole device, or a top-level field. */
export interface Change {
  /** Stable id for choices: section plus key. */
  id: string;
  section: ChangeSection;
  /** Config key or device name; undefined for top-level fields. */
  key?: string;
  /** Display text; undefined when absent on that side. */
  before?: string;
  after?: string;
}

/** Fields compared key by key (a change per config key or device) rather than as a whole. */
const isKeyed = (section: ChangeSection): section is 'config' | 'devices' | 'properties' =>
  section === 'config' || section === 'devices' || section === 'properties';

/** The order of a diff: top-level fields as the object lists them, keyed fields in between. */
const ALL_SECTIONS: readonly ChangeSection[] = [
  'description',
  'config',
  'devices',
  'profiles',
  'ephemeral',
  'properties',
  'public',
  'auto_update',
  'expires_at',
];

export const changeId = (section: ChangeSection, key?: string) => (key === undefined ? section : `${section}:${key}`);

export function changeLabel(change: Pick<Change, 'section' | 'key'>): string {
  if (change.section === 'config') return `config ${change.key}`;
  if (change.section === 'devices') return `device ${change.key}`;
  if (change.section === 'properties') return `property ${change.key}`;
  return change.section;
}

export function formatDevice(device: LxdDevice | undefined): string | undefined {
  if (!device) return undefined;
  const { type, ...rest } = device;
  const pairs = Object.entries(rest).sort(([a], [b]) => a.localeCompare(b));
  return [`type=${type}`, ...pairs.map(([key, value]) => `${key}=${value}`)].join(' ');
}

/** The display text of one change unit in one version. */
function valueOf(editable: EditableObject, section: ChangeSection, key?: string): string | undefined {
  switch (section) {
    case 'description':
      return editable.description;
    case 'ephemeral':
    case 'public':
    case 'auto_update':
      return editable[section] === undefined ? undefined : String(editable[section]);
    case 'expires_at':
      return editable.expires_at;
    case 'properties':
      return key === undefined ? undefined : editable.properties?.[key];
    case 'profiles':
      return editable.profiles?.join(', ');
    case 'config':
      return key === undefined ? undefined : editable.config?.[key];
    case 'devices':
      return key === undefined ? undefined : formatDevice(editable.devices?.[key]);
  }
}

/** The sections present in either version, in a stable order. */
function sectionsOf(...versions: EditableObject[]): ChangeSection[] {
  return ALL_SECTIONS.filter((section) => versions.some((version) => version[section] !== undefined));
}

/** What differs from `from` to `to`, in a stable order (top-level fields, config keys, devices). */
export function diffEditable(from: EditableObject, to: EditableObject): Change[] {
  const changes: Change[] = [];
  const push = (section: ChangeSection, key?: string) => {
    const before = valueOf(from, section, key);
    const after = valueOf(to, section, key);
    if (before !== after) changes.push({ id: changeId(section, key), section, key, before, after });
  };
  for (const section of sectionsOf(from, to)) {
    if (!isKeyed(section)) {
      push(section);
      continue;
    }
    const keys = new Set([...Object.keys(from[section] ?? {}), ...Object.keys(to[section] ?? {})]);
    for (const key of [...keys].sort()) push(section, key);
  }
  return changes;
}

/** A unit both the user and someone else changed, to different values. */
export interface Conflict {
  id: string;
  section: ChangeSection;
  key?: string;
  base?: string;
  mine?: string;
  theirs?: string;
}

export function conflictsBetween(base: EditableObject, mine: EditableObject, theirs: EditableObject): Conflict[] {
  const theirChanges = new Map(diffEditable(base, theirs).map((change) => [change.id, change]));
  return diffEditable(base, mine)
    .filter((change) => {
      const their = theirChanges.get(change.id);
      return their !== undefined && their.after !== change.after;
    })
    .map((change) => ({
      id: change.id,
      section: change.section,
      key: change.key,
      base: change.before,
      mine: change.after,
      theirs: theirChanges.get(change.id)?.after,
    }));
}

export type ConflictChoice = 'mine' | 'theirs';

/**
 * The user's edit re-applied on top of the server's current version: every unit the user changed
 * (relative to the version they started from) is carried over, except conflicts where they chose
 * the server's value. Units only the server changed keep the server's value.
 */
export function reapplyEdit<T extends EditableObject>(base: T, mine: T, theirs: T, choices: Record<string, ConflictChoice> = {}): T {
  const result: EditableObject = { ...theirs };
  if (theirs.config) result.config = { ...theirs.config };
  if (theirs.devices) result.devices = { ...theirs.devices };
  if (theirs.properties) result.properties = { ...theirs.properties };
  if (theirs.profiles) result.profiles = [...theirs.profiles];
  for (const change of diffEditable(base, mine)) {
    if (choices[change.id] === 'theirs') continue;
    switch (change.section) {
      case 'description':
        result.description = mine.description;
        break;
      case 'ephemeral':
        result.ephemeral = mine.ephemeral;
        break;
      case 'public':
        result.public = mine.public;
        break;
      case 'auto_update':
        result.auto_update = mine.auto_update;
        break;
      case 'expires_at':
        result.expires_at = mine.expires_at;
        break;
      case 'profiles':
        result.profiles = mine.profiles && [...mine.profiles];
        break;
      case 'config':
      case 'devices':
      case 'properties': {
        const section = change.section;
        const key = change.key ?? '';
        const value = mine[section]?.[key];
        const current = Object.entries(result[section] ?? {}).filter(([other]) => other !== key);
        (result as Record<string, unknown>)[section] = Object.fromEntries(value === undefined ? current : [...current, [key, value]]);
        break;
      }
    }
  }
  return result as T;
}
