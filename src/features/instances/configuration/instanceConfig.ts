import type { ConfigResource } from '@/components/config/resource';
import { hiddenConfig, type Editable, type EditableObject } from '@/lib/config/editable';
import type { LxdInstance, LxdInstancePut } from '@/lxd';
import { COMMON_KEYS } from './commonKeys';

/** The part of an instance the Configuration tab edits: what `PUT /1.0/instances/<name>` replaces. */
export type EditableInstance = Editable;

/**
 * LXD's own bookkeeping (`volatile.*`): changes whenever the instance starts or stops, and some keys
 * may not be removed ("Volatile idmap keys can't be deleted by the user"). Not shown for editing;
 * a save sends them back as the server had them.
 */
export const isVolatileKey = (key: string) => key.startsWith('volatile.');

/**
 * The body of the PUT: the edited object, plus what the editor does not show, taken from the
 * version the edit is based on (volatile keys, architecture, stateful).
 */
export function toPutBody(edited: EditableObject, base: Pick<LxdInstance, 'config' | 'architecture' | 'stateful'>): LxdInstancePut {
  return {
    architecture: base.architecture,
    stateful: base.stateful,
    description: edited.description ?? '',
    config: { ...hiddenConfig(base, instanceConfigResource), ...edited.config },
    devices: edited.devices ?? {},
    profiles: edited.profiles ?? [],
    ephemeral: edited.ephemeral ?? false,
  };
}

export const instanceConfigResource: ConfigResource<LxdInstance, LxdInstancePut> = {
  noun: 'instance',
  fields: ['description', 'config', 'devices', 'profiles', 'ephemeral'],
  isHiddenConfigKey: isVolatileKey,
  hiddenNote: 'LXD’s volatile.* keys are not shown and are kept as they are.',
  sections: [{ fields: COMMON_KEYS }],
  toPutBody,
};
