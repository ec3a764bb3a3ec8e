import type { MutateOptions } from '@tanstack/react-query';
import type { ObjectUpdateVariables } from '@/api/objectUpdate';
import { hiddenConfig, type EditableObject, type EditableSchema } from '@/lib/config/editable';
import type { LxdSyncResult } from '@/lxd';

/** One common key offered as a form field next to the YAML (both edit the same draft). */
export interface ConfigFormField {
  /** The config key it writes, e.g. `limits.memory`. Empty means unset. */
  key: string;
  label: string;
  /** `boolean` is a select of Not set / Yes / No; `select` offers `options`. */
  kind: 'text' | 'boolean' | 'select';
  options?: readonly { value: string; label: string }[];
  hint?: string;
  placeholder?: string;
}

/** A group of fields; a section without a title is shown without its own frame. */
export interface ConfigFormSection {
  title?: string;
  fields: readonly ConfigFormField[];
}

/** What applies when a key is left unset, and where it comes from (`profile default`, `LXD default`). */
export interface InheritedValue {
  value: string;
  from?: string;
}

export type InheritedValues = Partial<Record<string, InheritedValue>>;

/**
 * The declaration of one kind of LXD object for `ConfigEditor`: which top-level fields the YAML
 * edits (and hides), how the PUT body is built, and the form fields for the common keys.
 * `T` is the object as read (`GET`), `Put` the body of its `PUT`.
 */
export interface ConfigResource<T, Put = EditableObject> extends EditableSchema {
  /** What the object is called in sentences: "instance", "profile", "project", "server". */
  noun: string;
  /** A sentence about what the YAML leaves out, e.g. "LXD’s volatile.* keys are not shown and are kept as they are." */
  hiddenNote?: string;
  /** The form sections; empty means YAML only. */
  sections: readonly ConfigFormSection[];
  /**
   * The PUT body from the edited fields and the version the edit started from. Default: the edited
   * fields with the hidden config keys of `base` put back (profiles, projects, the server).
   */
  toPutBody?: (edited: EditableObject, base: T) => Put;
}

/** The default PUT body: what was edited, with the hidden config keys as `base` had them. */
export function defaultPutBody(edited: EditableObject, base: { config?: Record<string, string> | null }, schema: EditableSchema): EditableObject {
  if (!edited.config) return edited;
  return { ...edited, config: { ...hiddenConfig(base, schema), ...edited.config } };
}

/**
 * How `ConfigEditor` saves: a mutation (`useObjectUpdate` from `@/api/objectUpdate`, wrapped by the
 * resource's `useUpdate…` hook) that PUTs with If-Match, waits, and returns the object read back
 * with its new ETag. A TanStack `useMutation` result fits as it is.
 */
export interface ConfigSave<T, Put> {
  mutate(variables: ObjectUpdateVariables<Put>, options?: MutateOptions<LxdSyncResult<T>, Error, ObjectUpdateVariables<Put>, unknown>): void;
  isPending: boolean;
  error: Error | null;
  reset(): void;
}
