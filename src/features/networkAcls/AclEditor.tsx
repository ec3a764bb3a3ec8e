import { useState } from 'react';
import type { NetworkAclPut } from '@/api/network-acls/mutations';
import { TextField } from '@/components/FormDialog';
import { YamlSection } from '@/components/config/YamlSection';
import { aclFromYaml, aclToYaml } from './aclModel';
import { RuleTable } from './RuleTable';
import '@/components/config/configEditor.css';
import './networkAcls.css';
import { WriteFieldset, useWriteReason } from '@/components/readOnly';

export type AclEditorMode = 'rules' | 'yaml';

/** The draft of an ACL as edited: the rule tables' value, or YAML text being typed. */
export interface AclDraftState {
  mode: AclEditorMode;
  draft: NetworkAclPut;
  text: string;
}

export const aclDraftState = (draft: NetworkAclPut): AclDraftState => ({ mode: 'rules', draft, text: aclToYaml(draft) });

/** The ACL to send, or the YAML's problem. */
export function draftValue(state: AclDraftState): ReturnType<typeof aclFromYaml> {
  return state.mode === 'yaml' ? aclFromYaml(state.text) : { ok: true, value: state.draft };
}

interface AclEditorProps {
  state: AclDraftState;
  onChange: (state: AclDraftState) => void;
  /** LXD's refusal of the last save. */
  refusal?: string;
}

/**
 * Description, ingress and egress rules as ordered tables, or the whole ACL as YAML; both edit one
 * draft, so switching loses nothing (YAML with errors stays in YAML until fixed).
 */
export function AclEditor({ state, onChange, refusal }: AclEditorProps) {
  const [switchProblem, setSwitchProblem] = useState<string>();
  const parsed = state.mode === 'yaml' ? aclFromYaml(state.text) : undefined;
  const setDraft = (draft: NetworkAclPut) => onChange({ ...state, draft, text: aclToYaml(draft) });
  const toRules = () => {
    const value = aclFromYaml(state.text);
    if (!value.ok) {
      setSwitchProblem(`Fix the YAML first: ${value.problem}`);
      return;
    }
    setSwitchProblem(undefined);
    onChange({ mode: 'rules', draft: value.value, text: state.text });
  };
  const readOnly = useWriteReason();
  return (
    <div className="acl-editor">
      <fieldset className="acl-editor-mode" data-view="">
        <legend className="form-label">Edit as</legend>
        <label className="form-check">
          <input type="radio" name="acl-mode" checked={state.mode === 'rules'} onChange={toRules} />
          Rule tables
        </label>
        <label className="form-check">
          <input type="radio" name="acl-mode" checked={state.mode === 'yaml'} onChange={() => onChange({ ...state, mode: 'yaml', text: aclToYaml(state.draft) })} />
          YAML
        </label>
      </fieldset>
      {switchProblem && (
        <p className="field-error" role="alert">
          {switchProblem}
        </p>
      )}
      {/* The form's own note or the Save button's reason says why, once. */}
      <WriteFieldset quiet>
      {state.mode === 'rules' ? (
        <>
          <TextField label="Description" value={state.draft.description} onChange={(description) => setDraft({ ...state.draft, description })} />
          <RuleTable direction="ingress" rules={state.draft.ingress} onChange={(ingress) => setDraft({ ...state.draft, ingress })} />
          <RuleTable direction="egress" rules={state.draft.egress} onChange={(egress) => setDraft({ ...state.draft, egress })} />
        </>
      ) : (
        <YamlSection
          idPrefix="acl"
          hint="Description, ingress and egress rules (in order) and config of the ACL."
          text={state.text}
          onChange={(text) => onChange({ ...state, text })}
          problems={parsed && !parsed.ok ? [{ message: parsed.problem }] : []}
          markedLines={[]}
          refusal={refusal ? { message: refusal } : undefined}
          readOnly={!!readOnly}
        />
      )}
      </WriteFieldset>
      {refusal && state.mode === 'rules' && (
        <p className="form-error" role="alert">
          LXD refused: {refusal}
        </p>
      )}
    </div>
  );
}
