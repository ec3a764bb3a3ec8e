/**
 * ConfigEditor: the Configuration tab of any LXD object with `config` / `devices` / `description`.
 * A form for the common keys and a YAML editor for the whole object edit one draft; the save sends
 * If-Match with the ETag the user started from; a 412 (or an event saying the object changed)
 * shows what changed and re-applies the user's edit on the new version; LXD's refusal is shown
 * next to the field and on the YAML line of the key it names; leaving with unsaved text asks.
 *
 * Usage, with only declarations (a profile):
 *
 *   // features/profiles/profileConfig.ts
 *   export const profileConfigResource: ConfigResource<LxdProfile> = {
 *     noun: 'profile',
 *     fields: ['description', 'config', 'devices'],
 *     sections: [{ title: 'Limits', fields: [
 *       { key: 'limits.cpu', label: 'CPU limit', kind: 'text', placeholder: 'e.g. 2', hint: 'Number of CPUs.' },
 *       { key: 'boot.autostart', label: 'Start on boot', kind: 'boolean', hint: 'Start instances when LXD starts.' },
 *     ] }],
 *   };
 *
 *   // api/profiles/mutations.ts
 *   export const useUpdateProfile = (project: string, name: string) => {
 *     const client = useLxdClient();
 *     return useObjectUpdate<LxdProfile, EditableObject>({
 *       path: `/1.0/profiles/${encodeURIComponent(name)}`, project,
 *       detailKey: profileKeys.detail(client.id, project, name),
 *       invalidate: [profileKeys.list(client.id, project)],
 *       successMessage: `Saved the configuration of ${name}`,
 *     });
 *   };
 *
 *   // the tab (detail.data is the detail query's LxdSyncResult<LxdProfile>: data + etag)
 *   <ConfigEditor key={`${project}/${name}`} resource={profileConfigResource} name={name}
 *     latest={detail.data} save={useUpdateProfile(project, name)} />
 *
 * The resource object must be a module constant (its identity keys the parsing). Give the
 * component a `key` per object: another object is another draft. Optional: `inherited` (what
 * applies to unset keys, shown in the fields), `aside` (a column beside the editor, e.g. what an
 * instance inherits from its profiles), `toPutBody` in the resource for objects whose PUT takes
 * more than the edited fields (an instance adds architecture and stateful).
 * `formFooter` ends the form with more controls (the server's picker of unset keys).
 */
import { useState, type ReactNode } from 'react';
import { lineOfConfigKey } from '@/lib/config/editable';
import { fieldForLxdError, unknownConfigKey } from '@/lib/config/lxdRefusal';
import { setConfigValue, setDescription } from '@/lib/config/yamlDraft';
import { isLxdError, type LxdSyncResult } from '@/lxd';
import { ReadOnlyNote, useWriteReason } from '../readOnly';
import { ConfigForm } from './ConfigForm';
import { defaultPutBody, type ConfigResource, type ConfigSave, type InheritedValues } from './resource';
import { ServerChangesPanel } from './ServerChangesPanel';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';
import { editableOf, useConfigDraft } from './useConfigDraft';
import { YamlSection } from './YamlSection';
import './configEditor.css';

export type { ConfigFormField, ConfigFormSection, ConfigResource, ConfigSave, InheritedValue, InheritedValues } from './resource';
export type { EditableField, EditableObject } from '@/lib/config/editable';

export interface ConfigEditorProps<T, Put> {
  resource: ConfigResource<T, Put>;
  /** The object's name as the user knows it, in messages ("the configuration of web"). */
  name: string;
  /** The latest version from the detail query, with its ETag. */
  latest: LxdSyncResult<T>;
  save: ConfigSave<T, Put>;
  /** Values that apply to unset keys, shown in the form fields. */
  inherited?: InheritedValues;
  /** Shown beside the editor (below it on narrow screens). */
  aside?: ReactNode;
  /** Prefix of element ids; one editor per page needs none. */
  idPrefix?: string;
  /** Shown at the end of the form, e.g. a way to add a field for another key. */
  formFooter?: ReactNode;
}

function listText(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function ConfigEditor<T, Put>({ resource, name, latest, save, inherited, aside, idPrefix = 'config', formFooter }: ConfigEditorProps<T, Put>) {
  const draft = useConfigDraft(latest, resource);
  const [refusedSave, setRefusedSave] = useState(false);
  const readOnly = useWriteReason();

  const conflict = isLxdError(save.error) && save.error.isConflict;
  const refusal = save.error && !conflict ? save.error : undefined;
  const draftConfig = draft.parsed.ok ? (draft.parsed.value.config ?? {}) : {};
  // Put LXD's refusal where the user typed: next to the form field, and on the YAML line of the key.
  const refusalKey = refusal
    ? (unknownConfigKey(refusal.message) ??
      fieldForLxdError(refusal.message, Object.fromEntries(Object.entries(draftConfig).map(([key, value]) => [key, { key, value }]))))
    : undefined;
  const refusalLine = refusalKey ? lineOfConfigKey(draft.text, refusalKey) : undefined;
  const formKeys = resource.sections.flatMap((section) => section.fields.map((field) => field.key));
  const fieldErrors = refusal && refusalKey && formKeys.includes(refusalKey) ? { [refusalKey]: refusal.message } : {};

  const problems = draft.parsed.ok ? [] : draft.parsed.problems;
  const markedLines = [...problems.flatMap((problem) => (problem.line ? [problem.line] : [])), ...(refusalLine ? [refusalLine] : [])];
  const saveBlocked = readOnly ? `Saving is off: ${readOnly}.` : !draft.parsed.ok ? 'Fix the YAML errors before saving.' : draft.pristine ? 'No changes to save.' : undefined;

  const onSave = () => {
    if (!draft.parsed.ok) return;
    setRefusedSave(false);
    const base = draft.base.data;
    const body = resource.toPutBody
      ? resource.toPutBody(draft.parsed.value, base)
      : (defaultPutBody(draft.parsed.value, base as { config?: Record<string, string> }, resource) as Put);
    const sent = draft.text;
    save.mutate(
      { body, etag: draft.base.etag },
      {
        onSuccess: (fresh) => draft.rebase(fresh, sent),
        // The mutation re-reads the object after a 412, so the comparison uses the version that won.
        onError: (error) => setRefusedSave(isLxdError(error) && error.isConflict),
      },
    );
  };

  const editText = (next: string | undefined) => {
    if (next !== undefined) draft.setText(next);
  };
  const resetSave = () => {
    setRefusedSave(false);
    save.reset();
  };
  const fieldList = listText(resource.fields);
  const hint = `${fieldList} of this ${resource.noun}.${resource.hiddenNote ? ` ${resource.hiddenNote}` : ''}`;

  return (
    <div className={aside ? 'configuration' : 'configuration configuration-single'}>
      <UnsavedChangesGuard when={!draft.pristine} what={`your unsaved changes to the configuration of ${name}`} />
      <div className="configuration-main">
        {readOnly && <ReadOnlyNote>the configuration can be read and copied, not changed.</ReadOnlyNote>}
        {draft.serverChanged && !draft.pristine && (
          <ServerChangesPanel
            noun={resource.noun}
            base={editableOf(draft.base.data, resource)}
            latest={editableOf(latest.data, resource)}
            parsed={draft.parsed}
            refusedSave={refusedSave || conflict}
            onReapply={(choices) => {
              draft.reapply(choices);
              resetSave();
            }}
            onDiscard={() => {
              draft.discard();
              resetSave();
            }}
          />
        )}
        {(resource.sections.length > 0 || resource.fields.includes('description') || formFooter) && (
          <ConfigForm
            idPrefix={idPrefix}
            parsed={draft.parsed}
            description={resource.fields.includes('description')}
            sections={resource.sections}
            inherited={inherited}
            errors={fieldErrors}
            onConfigChange={(key, value) => editText(setConfigValue(draft.text, key, value))}
            onDescriptionChange={(value) => editText(setDescription(draft.text, value))}
            footer={formFooter}
            readOnly={!!readOnly}
          />
        )}
        <YamlSection
          idPrefix={idPrefix}
          hint={hint}
          text={draft.text}
          onChange={draft.setText}
          readOnly={!!readOnly}
          problems={problems}
          markedLines={markedLines}
          refusal={refusal ? { message: refusal.message, line: refusalLine } : undefined}
        />
        {draft.kept && (
          <details className="kept-text">
            <summary>{draft.kept.reason === 'reapplied' ? 'Your text before re-applying' : 'Your discarded text'}</summary>
            <pre className="cell-mono" aria-label="Kept text">
              {draft.kept.text}
            </pre>
            <button type="button" className="button" onClick={draft.restoreKept} disabled={!!readOnly}>
              Put this text back in the editor
            </button>
          </details>
        )}
        <div className="form-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={!!saveBlocked || save.isPending}
            title={readOnly}
            aria-describedby={saveBlocked ? `${idPrefix}-save-blocked` : undefined}
            onClick={onSave}
          >
            {save.isPending ? 'Saving…' : 'Save'}
          </button>
          <button
            type="button"
            className="button"
            disabled={draft.pristine || save.isPending || !!readOnly}
            title={readOnly ?? (draft.pristine ? 'Nothing to revert' : undefined)}
            onClick={() => {
              draft.discard();
              save.reset();
            }}
          >
            Revert
          </button>
          {saveBlocked && (
            <span id={`${idPrefix}-save-blocked`} className="muted">
              {saveBlocked}
            </span>
          )}
        </div>
      </div>
      {aside}
    </div>
  );
}
