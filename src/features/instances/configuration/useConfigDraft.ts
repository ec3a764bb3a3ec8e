import { useMemo, useState } from 'react';
import type { LxdInstance, LxdSyncResult } from '@/lxd';
import { reapplyEdit, type ConflictChoice } from './configDiff';
import { editableToYaml, parseEditableYaml, toEditable } from './editableInstance';

type Version = LxdSyncResult<LxdInstance>;

interface DraftState {
  /** The version the edit started from, with its ETag: what If-Match sends. */
  base: Version;
  baseText: string;
  text: string;
  /** Text the user had before re-applying or discarding, so it is never lost. */
  kept?: { text: string; reason: 'reapplied' | 'discarded' };
}

function fromVersion(version: Version, kept?: DraftState['kept']): DraftState {
  const text = editableToYaml(toEditable(version.data));
  return { base: version, baseText: text, text, kept };
}

/**
 * The Configuration tab's draft. It starts from the instance as loaded and then belongs to the
 * user: a refresh of the instance (events, reconnects) never replaces text they changed; the
 * caller shows "changed on the server" instead. An untouched draft follows the server.
 */
export function useConfigDraft(latest: Version) {
  const [state, setState] = useState<DraftState>(() => fromVersion(latest));
  const pristine = state.text === state.baseText;
  const serverChanged = latest.etag !== state.base.etag;
  if (serverChanged && pristine && latest !== state.base) {
    // Adjusting state while rendering (React's pattern for state derived from props): nothing typed to keep.
    setState(fromVersion(latest, state.kept));
  }
  const parsed = useMemo(() => parseEditableYaml(state.text), [state.text]);

  return {
    base: state.base,
    text: state.text,
    kept: state.kept,
    parsed,
    pristine,
    serverChanged,
    setText: (text: string) => setState((current) => ({ ...current, text })),
    /** After a save: the saved version (read back with its new ETag) is the new starting point. */
    rebase: (saved: Version) => setState(fromVersion(saved)),
    /** The user's changes carried onto the server's current version; their own text is kept aside. */
    reapply: (choices: Record<string, ConflictChoice>) => {
      if (!parsed.ok) return;
      const merged = reapplyEdit(toEditable(state.base.data), parsed.value, toEditable(latest.data), choices);
      setState({ ...fromVersion(latest), text: editableToYaml(merged), kept: { text: state.text, reason: 'reapplied' } });
    },
    /** Start over from the server's current version; the discarded text stays available. */
    discard: () => setState(fromVersion(latest, pristine ? state.kept : { text: state.text, reason: 'discarded' })),
    restoreKept: () => setState((current) => (current.kept ? { ...current, text: current.kept.text } : current)),
  };
}

export type ConfigDraft = ReturnType<typeof useConfigDraft>;
