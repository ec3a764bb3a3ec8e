import type { LxdConfigMetadata } from '@/api/server/types';
import type { ConfigFormField, ConfigFormSection, ConfigResource, InheritedValues } from '@/components/config/ConfigEditor';
import type { EditableObject } from '@/lib/config/editable';
import { compareText } from '@/lib/format';
import type { LxdServer } from '@/lxd';

/** One server config key with what the page says about it. */
export interface ServerConfigKey {
  key: string;
  /** `bool`, `integer`, `string` ... as LXD's documentation names it. */
  type: string;
  /** `global` (the whole cluster) or `local` (per member). */
  scope?: string;
  /** LXD's default, as text for people (`6`, `host name`). */
  default?: string;
  description: string;
}

/** What `PUT /1.0` takes: a secret LXD shows as `true` (boolean) is sent back as `true` to keep it. */
export interface ServerPut {
  config: Record<string, string | boolean>;
}

/**
 * The server keys `GET /1.0/metadata/configuration` describes (`configs.server`: namespaces, each
 * a list of one-key objects). Undefined when the answer has no server keys.
 */
export function keysFromMetadata(metadata: LxdConfigMetadata | undefined): ServerConfigKey[] | undefined {
  const groups = metadata?.configs?.server;
  if (!groups) return undefined;
  const keys: ServerConfigKey[] = [];
  for (const group of Object.values(groups)) {
    for (const entry of group.keys ?? []) {
      for (const [key, about] of Object.entries(entry)) {
        keys.push({
          key,
          type: about.type ?? 'string',
          scope: about.scope,
          default: about.defaultdesc ? about.defaultdesc.replace(/`/g, '') : undefined,
          description: (about.shortdesc ?? about.longdesc ?? '').trim(),
        });
      }
    }
  }
  return keys.length > 0 ? keys.sort((a, b) => compareText(a.key, b.key)) : undefined;
}

export const namespaceOf = (key: string) => key.split('.')[0] ?? key;

const NAMESPACE_TITLES: Partial<Record<string, string>> = {
  acme: 'ACME',
  candid: 'Candid',
  core: 'Core',
  maas: 'MAAS',
  rbac: 'RBAC',
  loki: 'Loki',
  oidc: 'OIDC',
};
export const namespaceTitle = (namespace: string) =>
  NAMESPACE_TITLES[namespace] ?? namespace.charAt(0).toUpperCase() + namespace.slice(1);

const ACRONYMS = new Set(['api', 'asn', 'bgp', 'ca', 'dns', 'http', 'https', 'id', 'maas', 'oidc', 'ovn', 'rbac', 'tos', 'url']);

/** `images.auto_update_interval` → `Auto update interval` (the namespace is the section's title). */
export function keyLabel(key: string): string {
  const words = (key.split('.').slice(1).join(' ') || key).split(/[ _]/).filter(Boolean);
  const label = words.map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word)).join(' ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * Form sections per namespace for the keys shown: those set on the server and those the user
 * added. Keys without a description (newer than the table) still get a field. On a cluster the
 * member-local keys say so.
 */
export function serverConfigSections(shown: Iterable<string>, known: readonly ServerConfigKey[], clustered = false): ConfigFormSection[] {
  const byKey = new Map(known.map((about) => [about.key, about]));
  const groups = new Map<string, ConfigFormField[]>();
  for (const key of [...new Set(shown)].sort(compareText)) {
    const about = byKey.get(key);
    const field: ConfigFormField = {
      key,
      label: keyLabel(key),
      kind: about?.type === 'bool' ? 'boolean' : 'text',
      hint: [about?.description || 'No description for this key.', clustered && about?.scope === 'local' ? 'Set per cluster member.' : '']
        .filter(Boolean)
        .join(' '),
    };
    const namespace = namespaceOf(key);
    groups.set(namespace, [...(groups.get(namespace) ?? []), field]);
  }
  return [...groups.entries()].map(([namespace, fields]) => ({ title: namespaceTitle(namespace), fields }));
}

/** LXD's defaults, shown in unset fields. */
export function serverDefaults(known: readonly ServerConfigKey[]): InheritedValues {
  return Object.fromEntries(known.flatMap((about) => (about.default ? [[about.key, { value: about.default, from: 'LXD default' }]] : [])));
}

/** Keys offered by "Add a setting": known, not already shown, grouped by namespace. */
export function addableKeys(shown: Iterable<string>, known: readonly ServerConfigKey[]): { namespace: string; keys: ServerConfigKey[] }[] {
  const taken = new Set(shown);
  const groups = new Map<string, ServerConfigKey[]>();
  for (const about of known) {
    if (taken.has(about.key)) continue;
    const namespace = namespaceOf(about.key);
    groups.set(namespace, [...(groups.get(namespace) ?? []), about]);
  }
  return [...groups.entries()].sort(([a], [b]) => compareText(a, b)).map(([namespace, keys]) => ({ namespace, keys }));
}

/**
 * The PUT body. LXD shows a set secret (`core.trust_password`) as the boolean `true` and keeps it
 * when it gets `true` back; the string "true" would become the new password. So a key the server
 * showed as boolean `true` and the edit left as "true" goes back as the boolean.
 */
export function serverPutBody(edited: EditableObject, base: LxdServer): ServerPut {
  const wire = (base.config ?? {}) as Record<string, unknown>;
  const config: Record<string, string | boolean> = {};
  for (const [key, value] of Object.entries(edited.config ?? {})) {
    config[key] = wire[key] === true && value === 'true' ? true : value;
  }
  return { config };
}

/** The editor's declaration for one set of form sections (memoise it: its identity keys the parsing). */
export function serverConfigResource(sections: readonly ConfigFormSection[]): ConfigResource<LxdServer, ServerPut> {
  return {
    noun: 'server configuration',
    fields: ['config'],
    hiddenNote: 'A secret LXD keeps hidden reads true; leaving it so keeps it.',
    sections,
    toPutBody: serverPutBody,
  };
}
