import { fieldForLxdError } from '@/lib/config/lxdRefusal';
import type { ConfigFormSection } from '@/components/config/ConfigEditor';
import { addressProblem } from './networkModel';

/** Where LXD's refusal of a new network belongs: the name field, one config key, or the whole form. */
export function createRefusalPlace(message: string, config: Record<string, string>): { at: 'name' } | { at: 'key'; key: string } | { at: 'form' } {
  if (/Network interface|No name provided|already exists|Invalid network name|UNIQUE constraint/i.test(message)) return { at: 'name' };
  const key = fieldForLxdError(message, Object.fromEntries(Object.entries(config).map(([configKey, value]) => [configKey, { key: configKey, value }])));
  return key ? { at: 'key', key } : { at: 'form' };
}

/** The keys of these sections that have a value: what a create sends (keys of other types are left out). */
export function configFor(sections: readonly ConfigFormSection[], values: Record<string, string>): Record<string, string> {
  const keys = new Set(sections.flatMap((section) => section.fields.map((field) => field.key)));
  return Object.fromEntries(Object.entries(values).filter(([key, value]) => keys.has(key) && value.trim() !== ''));
}

/** Problems found before asking LXD: address fields that are not none / auto / CIDR, a missing parent. */
export function configProblems(type: string, config: Record<string, string>): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const family of [4, 6] as const) {
    const value = config[`ipv${family}.address`];
    const problem = value === undefined ? undefined : addressProblem(value.trim(), family);
    if (problem) problems[`ipv${family}.address`] = problem;
  }
  if ((type === 'macvlan' || type === 'sriov' || type === 'physical') && !config.parent) problems.parent = 'Name the host interface this network sits on';
  if (type === 'ovn' && !config.network) problems.network = 'Name the uplink network';
  return problems;
}
