import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { useCreateNetworkAcl } from '@/api/network-acls/mutations';
import { networkAclQueries } from '@/api/network-acls/queries';
import { TextField } from '@/components/FormDialog';
import { CreateFormPage } from '@/components/CreateFormPage';
import { DEFAULT_PROJECT, paths } from '@/config/paths';
import { AclEditor, aclDraftState, draftValue } from './AclEditor';
import { aclDraftOf, aclNameProblem, cleanDraft } from './aclModel';

const START = aclDraftState(aclDraftOf(undefined));

/** A new ACL: its name, then description and ordered rules as tables or YAML. */
export function CreateNetworkAclPage() {
  const project = useParams().project ?? DEFAULT_PROJECT;
  const client = useLxdClient();
  const navigate = useNavigate();
  const list = useQuery(networkAclQueries.list(client, project));
  const create = useCreateNetworkAcl(project);
  const [name, setName] = useState('');
  const [nameTouched, setNameTouched] = useState(false);
  const [state, setState] = useState(START);
  const leaving = useRef(false);
  const taken = useMemo(() => (list.data ?? []).map((acl) => acl.name), [list.data]);
  const nameProblem = aclNameProblem(name, taken);
  const refusal = create.error?.message;
  const nameRefusal = refusal && /Name |already exists/.test(refusal) ? refusal : undefined;

  const submit = () => {
    setNameTouched(true);
    const value = draftValue(state);
    if (nameProblem || !value.ok) return;
    create.mutate(
      { name, ...cleanDraft(value.value) },
      {
        onSuccess: () => {
          leaving.current = true;
          void navigate(paths.networkAcl(project, name));
        },
      },
    );
  };

  return (
    <CreateFormPage
      title="Create network ACL"
      parents={[
        { label: 'Networks', to: paths.networks(project) },
        { label: 'Network ACLs', to: paths.networkAcls(project) },
      ]}
      subtitle={`project ${project}`}
      dirty={name !== '' || state !== START}
      what="the ACL you started"
      leaving={leaving}
      className="acl-editor"
      submitLabel="Create ACL"
      pending={create.isPending}
      onSubmit={submit}
    >
      <TextField
        label="Name"
        value={name}
        autoFocus
        error={nameRefusal ? `LXD refused: ${nameRefusal}` : nameTouched ? nameProblem : undefined}
        hint="Letters, digits and hyphens; not starting with a digit."
        onChange={(next) => {
          setName(next);
          setNameTouched(true);
          create.reset();
        }}
      />
      <AclEditor
        state={state}
        onChange={(next) => {
          setState(next);
          create.reset();
        }}
        refusal={nameRefusal ? undefined : refusal}
      />
    </CreateFormPage>
  );
}
