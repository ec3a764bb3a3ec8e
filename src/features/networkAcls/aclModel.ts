import { parseDocument, stringify } from 'yaml';
import type { NetworkAclPut } from '@/api/network-acls/mutations';
import type { LxdNetworkAcl, LxdNetworkAclRule } from '@/lxd';

export type Direction = 'ingress' | 'egress';
export const DIRECTIONS: readonly Direction[] = ['ingress', 'egress'];
export const ACTIONS = ['allow', 'reject', 'drop'] as const;
export const STATES = ['enabled', 'disabled', 'logged'] as const;
export const PROTOCOLS = ['', 'tcp', 'udp', 'icmp4', 'icmp6'] as const;

/** The text fields of a rule, in the order the table shows them. */
export const RULE_TEXT_FIELDS = [
  { key: 'source', label: 'Source', placeholder: 'CIDR, range, @internal, ACL' },
  { key: 'destination', label: 'Destination', placeholder: 'CIDR, range, @external, ACL' },
  { key: 'source_port', label: 'Source port', placeholder: '1024-65535' },
  { key: 'destination_port', label: 'Destination port', placeholder: '22,80' },
  { key: 'icmp_type', label: 'ICMP type', placeholder: '8' },
  { key: 'icmp_code', label: 'ICMP code', placeholder: '0' },
  { key: 'description', label: 'Rule description', placeholder: '' },
] as const;

export type RuleTextField = (typeof RULE_TEXT_FIELDS)[number]['key'];

export const emptyRule = (): LxdNetworkAclRule => ({ action: 'allow', state: 'enabled' });

/** The ACL as edited: what its PUT takes, with every rule list present. */
export function aclDraftOf(acl: Pick<LxdNetworkAcl, 'description' | 'ingress' | 'egress' | 'config'> | undefined): NetworkAclPut {
  return {
    description: acl?.description ?? '',
    ingress: (acl?.ingress ?? []).map((rule) => ({ ...rule })),
    egress: (acl?.egress ?? []).map((rule) => ({ ...rule })),
    config: { ...(acl?.config ?? {}) },
  };
}

/** A rule as LXD wants it: empty fields left out, ports and ICMP only where the protocol has them. */
export function cleanRule(rule: LxdNetworkAclRule): LxdNetworkAclRule {
  return Object.fromEntries(Object.entries(rule).filter(([, value]) => typeof value === 'string' && value.trim() !== '')) as LxdNetworkAclRule;
}

export const cleanDraft = (draft: NetworkAclPut): NetworkAclPut => ({
  ...draft,
  ingress: draft.ingress.map(cleanRule),
  egress: draft.egress.map(cleanRule),
});

/** Moves the rule at `index` one place up (-1) or down (+1); the same array when it cannot move. */
export function moveRule<T>(rules: readonly T[], index: number, by: -1 | 1): readonly T[] {
  const to = index + by;
  if (to < 0 || to >= rules.length) return rules;
  const next = [...rules];
  [next[index], next[to]] = [next[to] as T, next[index] as T];
  return next;
}

/** Problems LXD would find in a rule, checked before asking (protocol-dependent fields). */
export function ruleProblem(rule: LxdNetworkAclRule): string | undefined {
  const protocol = rule.protocol ?? '';
  if ((rule.source_port || rule.destination_port) && protocol !== 'tcp' && protocol !== 'udp') return 'Ports need protocol tcp or udp.';
  if ((rule.icmp_type || rule.icmp_code) && protocol !== 'icmp4' && protocol !== 'icmp6') return 'ICMP type and code need protocol icmp4 or icmp6.';
  return undefined;
}

/** The ACL's editable part as YAML (description, ingress, egress, config). */
export function aclToYaml(draft: NetworkAclPut): string {
  return stringify(cleanDraft(draft));
}

/** YAML back to an ACL, or the problem with its line. */
export function aclFromYaml(text: string): { ok: true; value: NetworkAclPut } | { ok: false; problem: string } {
  const doc = parseDocument(text, { prettyErrors: true });
  const first = doc.errors[0];
  if (first) return { ok: false, problem: `Line ${first.linePos?.[0]?.line ?? '?'}: ${first.message.split('\n')[0] ?? ''}` };
  const value = (doc.toJS() ?? {}) as Partial<Record<string, unknown>>;
  if (typeof value !== 'object' || Array.isArray(value)) return { ok: false, problem: 'The YAML must be a map with description, ingress, egress and config.' };
  const unknown = Object.keys(value).filter((key) => !['description', 'ingress', 'egress', 'config', 'name', 'used_by', 'project'].includes(key));
  if (unknown.length) return { ok: false, problem: `Unknown field: ${unknown.join(', ')}` };
  const rules = (field: Direction): LxdNetworkAclRule[] | string => {
    const list = value[field] ?? [];
    if (!Array.isArray(list)) return `${field} must be a list of rules`;
    for (const rule of list) if (!rule || typeof rule !== 'object' || Array.isArray(rule)) return `Each ${field} rule must be a map`;
    return (list as Record<string, unknown>[]).map((rule) => Object.fromEntries(Object.entries(rule).map(([key, v]) => [key, String(v)])) as unknown as LxdNetworkAclRule);
  };
  const ingress = rules('ingress');
  const egress = rules('egress');
  if (typeof ingress === 'string') return { ok: false, problem: ingress };
  if (typeof egress === 'string') return { ok: false, problem: egress };
  const config = value.config ?? {};
  if (typeof config !== 'object' || Array.isArray(config)) return { ok: false, problem: 'config must be a map' };
  return {
    ok: true,
    value: {
      description: typeof value.description === 'string' ? value.description : '',
      ingress,
      egress,
      config: Object.fromEntries(Object.entries(config as Record<string, unknown>).map(([key, v]) => [key, String(v)])),
    },
  };
}

/** An ACL name as LXD checks it: 1 to 63 letters, digits and hyphens, not starting with a digit or hyphen, not taken. */
export function aclNameProblem(name: string, taken: readonly string[] = []): string | undefined {
  if (name === '') return 'No name provided';
  if (name.length > 63) return 'Name must be 1-63 characters long';
  if (!/^[a-zA-Z0-9-]+$/.test(name)) return 'Name can only contain alphanumeric and hyphen characters';
  if (/^[0-9]/.test(name)) return 'Name must not start with a number';
  if (name.startsWith('-') || name.endsWith('-')) return 'Name must not start or end with a hyphen';
  if (taken.includes(name)) return `A network ACL named ${name} already exists`;
  return undefined;
}

/** Why LXD would refuse deleting the ACL (it is in use), or undefined. */
export function aclDeleteRefusal(acl: Pick<LxdNetworkAcl, 'name' | 'used_by'>): string | undefined {
  const users = (acl.used_by ?? []).length;
  return users > 0 ? `Network ACL ${acl.name} is in use (${users === 1 ? '1 user' : `${users} users`}): remove it from them first.` : undefined;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The user's edit (from `base` to `mine`) made again on the server's newer version `theirs`:
 * description and each rule list are taken from `mine` where the user changed them, config key by
 * key; everything else stays as the server now has it.
 */
export function reapplyAclEdit(base: NetworkAclPut, mine: NetworkAclPut, theirs: NetworkAclPut): NetworkAclPut {
  const config = { ...theirs.config };
  for (const key of new Set([...Object.keys(base.config), ...Object.keys(mine.config)])) {
    if (base.config[key] === mine.config[key]) continue;
    const value = mine.config[key];
    if (value === undefined) Reflect.deleteProperty(config, key);
    else config[key] = value;
  }
  return {
    description: mine.description !== base.description ? mine.description : theirs.description,
    ingress: same(cleanDraft(mine).ingress, cleanDraft(base).ingress) ? theirs.ingress : mine.ingress,
    egress: same(cleanDraft(mine).egress, cleanDraft(base).egress) ? theirs.egress : mine.egress,
    config,
  };
}
