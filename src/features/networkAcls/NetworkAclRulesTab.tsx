import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLxdClient } from '@/api/client-context';
import { useUpdateNetworkAcl } from '@/api/network-acls/mutations';
import { networkAclQueries } from '@/api/network-acls/queries';
import { UnsavedChangesGuard } from '@/components/config/UnsavedChangesGuard';
import { OverviewSection } from '@/components/OverviewSection';
import { UsedByList } from '@/components/UsedByList';
import { useInstanceRoute as useObjectRoute } from '@/components/useInstanceRoute';
import { isLxdError, type LxdNetworkAcl, type LxdSyncResult } from '@/lxd';
import { AclEditor, aclDraftState, draftValue, type AclDraftState } from './AclEditor';
import { aclDraftOf, aclToYaml, cleanDraft, reapplyAclEdit } from './aclModel';
import { ActionButton } from '@/components/reasons';

/** The ACL's rules, editable; saved whole with If-Match, a change made meanwhile shown as a conflict. */
export function NetworkAclRulesTab() {
  const { project, name } = useObjectRoute();
  const client = useLxdClient();
  const detail = useQuery(networkAclQueries.detail(client, project, name));
  if (!detail.data) return null;
  return <AclRules key={`${project}/${name}`} project={project} name={name} latest={detail.data} />;
}

function AclRules({ project, name, latest }: { project: string; name: string; latest: LxdSyncResult<LxdNetworkAcl> }) {
  const save = useUpdateNetworkAcl(project, name);
  // The version the edit started from: its ETag goes with the save.
  const [base, setBase] = useState(latest);
  const [state, setState] = useState<AclDraftState>(() => aclDraftState(aclDraftOf(latest.data)));
  const value = draftValue(state);
  const baseText = aclToYaml(aclDraftOf(base.data));
  const dirty = value.ok ? aclToYaml(value.value) !== baseText : true;
  const changedOnServer = !save.isPending && !save.isSuccess && latest.etag !== base.etag && aclToYaml(aclDraftOf(latest.data)) !== baseText;
  const conflict = isLxdError(save.error) && save.error.isConflict;
  const untouched = !dirty && latest !== base;
  // An untouched draft follows the server.
  if (untouched && !save.isPending) {
    setBase(latest);
    setState(aclDraftState(aclDraftOf(latest.data)));
  }

  const submit = () => {
    if (!value.ok) return;
    save.mutate(
      { body: cleanDraft(value.value), etag: base.etag },
      {
        onSuccess: (fresh) => {
          setBase(fresh);
          setState(aclDraftState(aclDraftOf(fresh.data)));
        },
      },
    );
  };

  return (
    <div className="overview">
      <UnsavedChangesGuard when={dirty} what={`your unsaved changes to network ACL ${name}`} />
      {(conflict || changedOnServer) && (
        <div className="state state-error" role="alert">
          <h2>Not saved: the ACL changed on the server</h2>
          <p>Someone changed {name} since you started editing. Your edit is still here: make it again on their version (what you did not change stays as they left it), or start again from theirs.</p>
          <div className="form-actions">
            <ActionButton write
              type="button"
              className="button"
              disabled={!value.ok}
              onClick={() => {
                if (!value.ok) return;
                const merged = reapplyAclEdit(aclDraftOf(base.data), value.value, aclDraftOf(latest.data));
                setBase(latest);
                setState({ ...aclDraftState(merged), mode: state.mode });
                save.reset();
              }}
            >
              Re-apply my changes on the new version
            </ActionButton>
            <ActionButton write
              type="button"
              className="button"
              onClick={() => {
                setBase(latest);
                setState(aclDraftState(aclDraftOf(latest.data)));
                save.reset();
              }}
            >
              Discard my edit
            </ActionButton>
          </div>
        </div>
      )}
      <form
        className="acl-editor"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <AclEditor
          state={state}
          onChange={(next) => {
            setState(next);
            save.reset();
          }}
          refusal={save.error && !conflict ? save.error.message : undefined}
        />
        <div className="form-actions">
          <ActionButton write type="submit" className="button button-primary" disabled={save.isPending || !dirty || !value.ok}>
            {save.isPending ? 'Saving…' : 'Save'}
          </ActionButton>
          <ActionButton write
            type="button"
            className="button"
            disabled={!dirty}
            onClick={() => {
              setState(aclDraftState(aclDraftOf(base.data)));
              save.reset();
            }}
          >
            Revert
          </ActionButton>
          {!dirty && <span className="muted">No changes to save.</span>}
        </div>
      </form>
      <OverviewSection title="Used by">
        <UsedByList usedBy={latest.data.used_by} project={project} label={`What uses network ACL ${name}`} none="Nothing uses this ACL." />
      </OverviewSection>
    </div>
  );
}
