import type { LxdDevice } from '@/lxd';
import type { EditableInstance } from './editableInstance';

export type ChangeSection = 'description' | 'config' | 'devices' | 'profiles' | 'ephemeral';

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

export const changeId = (section: ChangeSection, key?: string) => (key === undefined ? section : `${section}:${key}`);

export function changeLabel(change: Pick<Change, 'section' | 'key'>): string {
  if (change.section === 'config') return `config ${change.key}`;
  if (change.section === 'devices') return `device ${change.key}`;
  return change.section;
}

export function formatDevice(device: LxdDevice | undefined): string | undefined {
  if (!device) return undefined;
  const { type, ...rest } = device;
  const pairs = Object.entries(rest).sort(([a], [b]) => a.localeCompare(b));
  return [`type=${type}`, ...pairs.map(([key, value]) => `${key}=${value}`)].join(' ');
}

/** The display text of one change unit in one version. */
function valueOf(editable: EditableInstance, section: ChangeSection, key?: string): string | undefined {
  switch (section) {
    case 'description':
      return editable.description;
    case 'ephemeral':
      return String(editable.ephemeral);
    case 'profiles':
      return editable.profiles.join(', ');
    case 'config':
      return key === undefined ? undefined : editable.config[key];
    case 'devices':
      return key === undefined ? undefined : formatDevice(editable.devices[key]);
  }
}

/** What differs from `from` to `to`, in a stable order (top-level fields, config keys, devices). */
export function diffEditable(from: EditableInstance, to: EditableInstance): Change[] {
  const changes: Change[] = [];
  const push = (section: ChangeSection, key?: string) => {
    const before = valueOf(from, section, key);
    const after = valueOf(to, section, key);
    if (before !== after) changes.push({ id: changeId(section, key), section, key, before, after });
  };
  push('description');
  const configKeys = new Set([...Object.keys(from.config), ...Object.keys(to.config)]);
  for (const key of [...configKeys].sort()) push('config', key);
  const deviceNames = new Set([...Object.keys(from.devices), ...Object.keys(to.devices)]);
  for (const name of [...deviceNames].sort()) push('devices', name);
  push('profiles');
  push('ephemeral');
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

export function conflictsBetween(base: EditableInstance, mine: EditableInstance, theirs: EditableInstance): Conflict[] {
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
export function reapplyEdit(
  base: EditableInstance,
  mine: EditableInstance,
  theirs: EditableInstance,
  choices: Record<string, ConflictChoice> = {},
): EditableInstance {
  const result: EditableInstance = {
    description: theirs.description,
    config: { ...theirs.config },
    devices: { ...theirs.devices },
    profiles: [...theirs.profiles],
    ephemeral: theirs.ephemeral,
  };
  for (const change of diffEditable(base, mine)) {
    if (choices[change.id] === 'theirs') continue;
    switch (change.section) {
      case 'description':
        result.description = mine.description;
        break;
      case 'ephemeral':
        result.ephemeral = mine.ephemeral;
        break;
      case 'profiles':
        result.profiles = [...mine.profiles];
        break;
      case 'config': {
        const key = change.key ?? '';
        const value = mine.config[key];
        if (value === undefined) result.config = without(result.config, key);
        else result.config[key] = value;
        break;
      }
      case 'devices': {
        const name = change.key ?? '';
        const device = mine.devices[name];
        if (device === undefined) result.devices = without(result.devices, name);
        else result.devices[name] = device;
        break;
      }
    }
  }
  return result;
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([other]) => other !== key));
}
