import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, stringify, type Document, type Node } from 'yaml';
import type { LxdDevice } from '@/lxd';

/**
 * The top-level fields of an LXD object that a configuration editor can show as YAML, and their
 * shape. Every object with `config` / `devices` / `description` (instances, profiles, projects,
 * networks, storage pools and volumes, the server) is edited through a subset of these.
 */
export interface Editable {
  description: string;
  config: Record<string, string>;
  devices: Record<string, LxdDevice>;
  profiles: string[];
  ephemeral: boolean;
  /** An image's properties (os, release, description ...): a string map like `config`. */
  properties: Record<string, string>;
  /** An image's flags and expiry date. */
  public: boolean;
  auto_update: boolean;
  expires_at: string;
}

export type EditableField = keyof Editable;

/** The fields one resource edits, in the order the YAML shows them: only those are present. */
export type EditableObject = Partial<Editable>;

/** Which fields a resource's YAML edits, and which config keys it keeps out of sight. */
export interface EditableSchema {
  fields: readonly EditableField[];
  /**
   * Config keys not shown for editing and sent back as the server had them (an instance's
   * `volatile.*`: LXD's own bookkeeping, some of which may not be removed).
   */
  isHiddenConfigKey?: (key: string) => boolean;
}

const EMPTY: Editable = {
  description: '',
  config: {},
  devices: {},
  profiles: [],
  ephemeral: false,
  properties: {},
  public: false,
  auto_update: false,
  expires_at: '',
};

const emptyOf = (field: EditableField): Editable[EditableField] => {
  const value = EMPTY[field];
  return Array.isArray(value) ? [] : typeof value === 'object' ? {} : value;
};

/** The editable part of an object as the server has it: the schema's fields, hidden keys left out. */
export function toEditable(object: EditableObject, schema: EditableSchema): EditableObject {
  const result: Record<string, unknown> = {};
  for (const field of schema.fields) {
    const value = object[field] ?? emptyOf(field);
    result[field] =
      field === 'config' && schema.isHiddenConfigKey
        ? Object.fromEntries(Object.entries(value as Record<string, string>).filter(([key]) => !schema.isHiddenConfigKey?.(key)))
        : value;
  }
  return result as EditableObject;
}

/** The config keys the editor hides, as `base` has them: what a save sends back untouched. */
export function hiddenConfig(base: { config?: Record<string, string> | null }, schema: EditableSchema): Record<string, string> {
  const hidden = schema.isHiddenConfigKey;
  return hidden ? Object.fromEntries(Object.entries(base.config ?? {}).filter(([key]) => hidden(key))) : {};
}

const sortedRecord = <T>(record: Record<string, T>) =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));

/** Device keys with `type` first, the rest sorted, so equal devices print the same. */
function orderedDevice(device: LxdDevice): LxdDevice {
  const { type, ...rest } = device;
  return { type, ...sortedRecord(rest) } as LxdDevice;
}

export function editableToYaml(editable: EditableObject, schema: EditableSchema): string {
  const document: Record<string, unknown> = {};
  for (const field of schema.fields) {
    const value = editable[field] ?? emptyOf(field);
    if (field === 'config' || field === 'properties') document[field] = sortedRecord(value as Record<string, string>);
    else if (field === 'devices') {
      document[field] = Object.fromEntries(
        Object.entries(sortedRecord(value as Record<string, LxdDevice>)).map(([name, device]) => [name, orderedDevice(device)]),
      );
    } else document[field] = value;
  }
  return stringify(document, { lineWidth: 0 });
}

export interface YamlProblem {
  message: string;
  /** 1-based line of the text the problem is on. */
  line?: number;
}

export type ParsedEditable = { ok: true; value: EditableObject } | { ok: false; problems: YamlProblem[] };

const listOf = (fields: readonly string[]) => fields.join(', ');

/**
 * Parses the editor's text into what will be sent, checking the shape LXD expects (string maps,
 * a list of profile names, a boolean) so that every mistake is reported with its line before
 * anything is sent. Fields the schema has but the text leaves out are empty.
 */
export function parseEditableYaml(text: string, schema: EditableSchema): ParsedEditable {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : undefined);
  const problems: YamlProblem[] = doc.errors.map((error) => ({
    message: firstLine(error.message),
    line: error.pos[0] >= 0 ? lineCounter.linePos(error.pos[0]).line : undefined,
  }));
  if (problems.length > 0) return { ok: false, problems };

  const root = resolve(doc, doc.contents);
  if (!isMap(root)) {
    return {
      ok: false,
      problems: [{ message: `Expected a mapping with the keys ${listOf(schema.fields)}`, line: lineOf(root) ?? 1 }],
    };
  }

  const value = toEditable({}, { fields: schema.fields }) as Editable;
  for (const pair of root.items) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
    const node = resolve(doc, pair.value as Node | null);
    const line = lineOf(keyNode);
    if (key === undefined || !(schema.fields as readonly string[]).includes(key)) {
      problems.push({ message: `“${key ?? '?'}” cannot be edited here; the keys are ${listOf(schema.fields)}`, line });
      continue;
    }
    switch (key as EditableField) {
      case 'description': {
        const text = scalarText(node);
        if (text === undefined && !isNullScalar(node)) problems.push({ message: 'description must be text', line });
        value.description = text ?? '';
        break;
      }
      case 'config':
        value.config = stringMap(doc, node, 'config', problems, lineOf) ?? {};
        break;
      case 'devices': {
        if (node && !isMap(node) && !isNullScalar(node)) {
          problems.push({ message: 'devices must be a mapping of device names to their settings', line });
          break;
        }
        for (const devicePair of isMap(node) ? node.items : []) {
          const nameNode = devicePair.key as Node | null;
          const name = isScalar(nameNode) ? String(nameNode.value) : '';
          const device = stringMap(doc, resolve(doc, devicePair.value as Node | null), `device ${name}`, problems, lineOf, lineOf(nameNode));
          if (device) value.devices[name] = device as LxdDevice;
        }
        break;
      }
      case 'profiles': {
        if (isNullScalar(node)) break;
        if (!isSeq(node)) {
          problems.push({ message: 'profiles must be a list of profile names', line });
          break;
        }
        for (const item of node.items) {
          const itemNode = resolve(doc, item as Node | null);
          const name = scalarText(itemNode);
          if (name === undefined || name === '') problems.push({ message: 'Each profile must be a name', line: lineOf(itemNode) ?? line });
          else value.profiles.push(name);
        }
        break;
      }
      case 'ephemeral':
      case 'public':
      case 'auto_update': {
        const scalar = isScalar(node) ? node.value : undefined;
        if (typeof scalar !== 'boolean') problems.push({ message: `${key} must be true or false`, line });
        else value[key as 'ephemeral' | 'public' | 'auto_update'] = scalar;
        break;
      }
      case 'properties':
        value.properties = stringMap(doc, node, 'properties', problems, lineOf) ?? {};
        break;
      case 'expires_at': {
        const text = scalarText(node);
        if (text === undefined && !isNullScalar(node)) problems.push({ message: 'expires_at must be a date such as 2030-01-31T00:00:00Z', line });
        value.expires_at = text ?? '';
        break;
      }
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function resolve(doc: Document, node: Node | null | undefined): Node | null | undefined {
  return isAlias(node) ? (node.resolve(doc) as Node | undefined) : node;
}

function isNullScalar(node: Node | null | undefined): boolean {
  return node == null || (isScalar(node) && node.value === null);
}

/**
 * A scalar as LXD will store it: text stays text, and a number or boolean keeps the spelling
 * the user typed (`1.10` stays "1.10"). Undefined for null and collections.
 */
function scalarText(node: Node | null | undefined): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  if (typeof node.value === 'string') return node.value;
  return node.source ?? String(node.value);
}

function stringMap(
  doc: Document,
  node: Node | null | undefined,
  what: string,
  problems: YamlProblem[],
  lineOf: (node: Node | null | undefined) => number | undefined,
  fallbackLine?: number,
): Record<string, string> | undefined {
  if (isNullScalar(node)) return {};
  if (!isMap(node)) {
    problems.push({ message: `${what} must be a mapping of keys to values`, line: lineOf(node) ?? fallbackLine });
    return undefined;
  }
  const result: Record<string, string> = {};
  for (const pair of node.items) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const valueNode = resolve(doc, pair.value as Node | null);
    const text = scalarText(valueNode);
    if (text === undefined) {
      problems.push({
        message: isNullScalar(valueNode)
          ? `${key} in ${what} has no value (remove the line to unset it)`
          : `${key} in ${what} must be a single value, not a list or mapping`,
        line: lineOf(keyNode),
      });
      continue;
    }
    result[key] = text;
  }
  return result;
}

/** The 1-based line where `config.<key>` is written in the editor's text, if it parses. */
export function lineOfConfigKey(text: string, key: string): number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const config = doc.get('config', true);
  if (!isMap(config)) return undefined;
  const pair = config.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
  const range = (pair?.key as Node | undefined)?.range;
  return range ? lineCounter.linePos(range[0]).line : undefined;
}
