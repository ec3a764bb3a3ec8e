import { fieldForLxdError, unknownConfigKey } from '@/lib/config/lxdRefusal';

/** LXD's refusals of a new profile that are about its name (`profilesPost`'s checks, a taken name). */
export function isNameRefusal(message: string): boolean {
  return /No name provided|Profile names may not|Invalid profile name|already exists|UNIQUE constraint/i.test(message);
}

/** Where LXD's refusal of a create belongs: the name field, one config key, or the whole form. */
export function refusalPlace(message: string, config: Record<string, string>): { at: 'name' } | { at: 'key'; key: string } | { at: 'form' } {
  if (isNameRefusal(message)) return { at: 'name' };
  const key =
    unknownConfigKey(message) ??
    fieldForLxdError(message, Object.fromEntries(Object.entries(config).map(([configKey, value]) => [configKey, { key: configKey, value }])));
  return key ? { at: 'key', key } : { at: 'form' };
}
