import { useMemo, useState } from 'react';
import { reapplyEdit, type ConflictChoice } from '@/lib/config/diff';
import { editableToYaml, parseEditableYaml, toEditable, type EditableObject, type EditableSchema } from '@/lib/config/editable';
import type { LxdSyncResult } from '@/lxd';

interface DraftState<T> {
  /** The version the edit started from, with its ETag: what If-Match sends. */
  base: LxdSyncResult<T>;
  baseText: string;
  text: string;
  /** Text the user had before re-applying or discarding, so it is never lost. */
  kept?: { text: string; reason: 'reapplied' | 'discarded' };
}

export const editableOf = <T,>(data: T, schema: EditableSchema) => toEditable(data as EditableObject, schema);

function fromVersion<T>(version: LxdSyncResult<T>, schema: EditableSchema, kept?: DraftState<T>['kept']): DraftState<T> {
  const text = editableToYaml(editableOf(version.data, schema), schema);
  return { base: version, baseText: text, text, kept };
}

/**
 * A configuration draft. It starts from the object as loaded and then belongs to the user: a
 * refresh of the object (events, reconnects) never replaces text they changed; the caller shows
 * "changed on the server" instead. An untouched draft follows the server.
 * `schema` must be a stable declaration (a module constant).
 */
export function useConfigDraft<T>(latest: LxdSyncResult<T>, schema: EditableSchema) {
  const [state, setState] = useState<DraftState<T>>(() => fromVersion(latest, schema));
  const pristine = state.text === state.baseText;
  const serverChanged = latest.etag !== state.base.etag;
  if (serverChanged && pristine && latest !== state.base) {
    // Adjusting state while rendering (React's pattern for state derived from props): nothing typed to keep.
    setState(fromVersion(latest, schema, state.kept));
  }
  const parsed = useMemo(() => parseEditableYaml(state.text, schema), [state.text, schema]);

  return {
    base: state.base,
    text: state.text,
    kept: state.kept,
    parsed,
    pristine,
    serverChanged,
    setText: (text: string) => setState((current) => (current.text === text ? current : { ...current, text })),
    /**
     * After a save: the saved version (read back with its new ETag) is the new starting point.
     * Text typed while the save was on its way (`sent` is what it sent) stays, now an edit of
     * the saved version.
     */
    rebase: (saved: LxdSyncResult<T>, sent: string) =>
      setState((current) => {
        const next = fromVersion(saved, schema);
        return current.text === sent ? next : { ...next, text: current.text };
      }),
    /** The user's changes carried onto the server's current version; their own text is kept aside. */
    reapply: (choices: Record<string, ConflictChoice>) => {
      if (!parsed.ok) return;
      const merged = reapplyEdit(editableOf(state.base.data, schema), parsed.value, editableOf(latest.data, schema), choices);
      setState({ ...fromVersion(latest, schema), text: editableToYaml(merged, schema), kept: { text: state.text, reason: 'reapplied' } });
    },
    /** Start over from the server's current version; the discarded text stays available. */
    discard: () => setState(fromVersion(latest, schema, pristine ? state.kept : { text: state.text, reason: 'discarded' })),
    restoreKept: () => setState((current) => (current.kept ? { ...current, text: current.kept.text } : current)),
  };
}

export type ConfigDraft<T> = ReturnType<typeof useConfigDraft<T>>;
