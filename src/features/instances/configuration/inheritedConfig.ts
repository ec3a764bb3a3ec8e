import type { LxdDevice, LxdInstance, LxdProfile } from '@/lxd';
import { isVolatileKey } from './instanceConfig';

export interface InheritedEntry<T> {
  key: string;
  value: T;
  /** The profile the value comes from: the last of the instance's profiles that sets it. */
  from?: string;
}

export interface InheritedConfig {
  config: InheritedEntry<string>[];
  devices: InheritedEntry<LxdDevice>[];
}

/**
 * What the instance gets from its profiles and does not set itself: expanded minus local.
 * Profiles apply in order, so the last profile that sets a key with the effective value is named.
 */
export function inheritedConfig(
  instance: Pick<LxdInstance, 'config' | 'devices' | 'expanded_config' | 'expanded_devices' | 'profiles'>,
  profiles: LxdProfile[] | undefined,
): InheritedConfig {
  const byName = new Map((profiles ?? []).map((profile) => [profile.name, profile]));
  const ordered = [...instance.profiles].reverse().flatMap((name) => byName.get(name) ?? []);
  const config = Object.entries(instance.expanded_config ?? {})
    .filter(([key]) => !isVolatileKey(key) && !(key in (instance.config ?? {})))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => ({ key, value, from: ordered.find((profile) => profile.config?.[key] === value)?.name }));
  const devices = Object.entries(instance.expanded_devices ?? {})
    .filter(([name]) => !(name in (instance.devices ?? {})))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => ({ key, value, from: ordered.find((profile) => profile.devices?.[key] !== undefined)?.name }));
  return { config, devices };
}
