import type { LxdInstance } from '@/lxd';

/**
 * The body of `PUT /1.0/instances/<name>` that keeps everything of `instance` except the config
 * keys in `changes` (an empty value removes the key). The description is sent again on purpose:
 * LXD 5.0 clears it when an update leaves it out.
 */
export function instancePutWithConfig(instance: LxdInstance, changes: Record<string, string>) {
  const merged = { ...instance.config, ...changes };
  const config = Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== ''));
  const { architecture, devices, ephemeral, profiles, stateful, description } = instance;
  return { architecture, config, devices, ephemeral, profiles, stateful, description };
}
