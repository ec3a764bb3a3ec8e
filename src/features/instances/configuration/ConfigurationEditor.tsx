import { useState } from 'react';
import { useUpdateInstance } from '@/api/instances/configMutations';
import { isLxdError, type LxdInstance, type LxdProfile, type LxdSyncResult } from '@/lxd';
import { ConfigForm } from './ConfigForm';
import { COMMON_KEYS } from './commonKeys';
import { lineOfConfigKey, toPutBody } from './editableInstance';
import { InheritedConfigView } from './InheritedConfigView';
import { fieldForLxdError, unknownConfigKey } from './lxdErrorField';
import { ServerChangesPanel } from './ServerChangesPanel';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';
import { useConfigDraft } from './useConfigDraft';
import { YamlSection } from './YamlSection';
import { setConfigValue, setDescription } from './yamlDraft';
import './configuration.css';

interface ConfigurationEditorProps {
  project: string;
  name: string;
  latest: LxdSyncResult<LxdInstance>;
  profiles: LxdProfile[] | undefined;
  refetch: () => void;
}

export function ConfigurationEditor({ project, name, latest, profiles, refetch }: ConfigurationEditorProps) {
  const draft = useConfigDraft(latest);
  const update = useUpdateInstance(project, name);
  const [refusedSave, setRefusedSave] = useState(false);

  const conflict = isLxdError(update.error) && update.error.isConflict;
  const refusal = update.error && !conflict ? update.error : undefined;
  // Put LXD's refusal where the user typed: next to the form field, and on the YAML line of the key.
  const refusalKey = refusal
    ? (unknownConfigKey(refusal.message) ??
      fieldForLxdError(
        refusal.message,
        Object.fromEntries(
          Object.entries(draft.parsed.ok ? draft.parsed.value.config : {}).map(([key, value]) => [key, { key, value }]),
        ),
      ))
    : undefined;
  const refusalLine = refusalKey ? lineOfConfigKey(draft.text, refusalKey) : undefined;
  const fieldErrors =
    refusal && refusalKey && COMMON_KEYS.some((field) => field.key === refusalKey) ? { [refusalKey]: refusal.message } : {};

  const problems = draft.parsed.ok ? [] : draft.parsed.problems;
  const markedLines = [...problems.flatMap((problem) => (problem.line ? [problem.line] : [])), ...(refusalLine ? [refusalLine] : [])];
  const saveBlocked = !draft.parsed.ok ? 'Fix the YAML errors before saving.' : draft.pristine ? 'No changes to save.' : undefined;

  const save = () => {
    if (!draft.parsed.ok) return;
    setRefusedSave(false);
    update.mutate(
      { body: toPutBody(draft.parsed.value, draft.base.data), etag: draft.base.etag },
      {
        onSuccess: (fresh) => draft.rebase(fresh),
        onError: (error) => {
          if (isLxdError(error) && error.isConflict) {
            setRefusedSave(true);
            // The event may not have arrived yet: read the current version for the comparison.
            refetch();
          }
        },
      },
    );
  };

  const editText = (next: string | undefined) => {
    if (next !== undefined) draft.setText(next);
  };

  return (
    <div className="configuration">
      <UnsavedChangesGuard when={!draft.pristine} what={`your unsaved changes to the configuration of ${name}`} />
      <div className="configuration-main">
        {draft.serverChanged && !draft.pristine && (
          <ServerChangesPanel
            base={draft.base.data}
            latest={latest.data}
            parsed={draft.parsed}
            refusedSave={refusedSave || conflict}
            onReapply={(choices) => {
              draft.reapply(choices);
              setRefusedSave(false);
              update.reset();
            }}
            onDiscard={() => {
              draft.discard();
              setRefusedSave(false);
              update.reset();
            }}
          />
        )}
        <ConfigForm
          parsed={draft.parsed}
          latest={latest.data}
          profiles={profiles}
          errors={fieldErrors}
          onConfigChange={(key, value) => editText(setConfigValue(draft.text, key, value))}
          onDescriptionChange={(value) => editText(setDescription(draft.text, value))}
        />
        <YamlSection
          text={draft.text}
          onChange={draft.setText}
          problems={problems}
          markedLines={markedLines}
          refusal={refusal ? { message: refusal.message, line: refusalLine } : undefined}
        />
        {draft.kept && (
          <details className="kept-text">
            <summary>
              {draft.kept.reason === 'reapplied' ? 'Your text before re-applying' : 'Your discarded text'}
            </summary>
            <pre className="cell-mono" aria-label="Kept text">
              {draft.kept.text}
            </pre>
            <button type="button" className="button" onClick={draft.restoreKept}>
              Put this text back in the editor
            </button>
          </details>
        )}
        <div className="form-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={!!saveBlocked || update.isPending}
            aria-describedby={saveBlocked ? 'config-save-blocked' : undefined}
            onClick={save}
          >
            {update.isPending ? 'Saving…' : 'Save'}
          </button>
          <button
            type="button"
            className="button"
            disabled={draft.pristine || update.isPending}
            title={draft.pristine ? 'Nothing to revert' : undefined}
            onClick={() => {
              draft.discard();
              update.reset();
            }}
          >
            Revert
          </button>
          {saveBlocked && (
            <span id="config-save-blocked" className="muted">
              {saveBlocked}
            </span>
          )}
        </div>
      </div>
      <InheritedConfigView instance={latest.data} profiles={profiles} />
    </div>
  );
}
