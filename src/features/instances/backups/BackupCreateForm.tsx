import { useId, useState, type FormEvent } from 'react';
import { useCreateBackup } from '@/api/backups/mutations';
import { NameExpiryFields } from '@/components/snapshots/NameExpiryFields';
import { useNameExpiryDraft } from '@/components/snapshots/useNameExpiryDraft';
import { backupNameError } from './backupForm';
import { ActionButton } from '@/components/reasons';
import { WriteFieldset } from '@/components/readOnly';

interface BackupCreateFormProps {
  project: string;
  instance: string;
  taken: readonly string[];
}

/** Name, expiry and contents of a new backup; what the user typed stays when LXD refuses. */
export function BackupCreateForm({ project, instance, taken }: BackupCreateFormProps) {
  const create = useCreateBackup(project, instance);
  const draft = useNameExpiryDraft((name) => backupNameError(name, taken), create);
  const [withSnapshots, setWithSnapshots] = useState(true);
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = draft.attempt();
    if (values) create.mutate({ ...values, instanceOnly: !withSnapshots }, { onSuccess: draft.clear });
  };

  return (
    <form className="data-form" onSubmit={submit} aria-label="Create backup" noValidate>
<WriteFieldset>
      <NameExpiryFields
        id={id}
        nameLabel="Backup name"
        nameHint="Optional. No / ? & + \."
        expiryHint="Optional. Empty: kept until deleted."
        {...draft.fields}
      />
      <div className="data-field data-field-check">
        <input
          id={`${id}-snapshots`}
          type="checkbox"
          checked={withSnapshots}
          onChange={(event) => {
            setWithSnapshots(event.target.checked);
            draft.edited();
          }}
        />
        <label htmlFor={`${id}-snapshots`}>Include snapshots</label>
      </div>
      {draft.formError && (
        <p className="data-form-error" role="alert">
          {draft.formError}
        </p>
      )}
      <div className="data-form-actions">
        <ActionButton write type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create backup'}
        </ActionButton>
      </div>
    </WriteFieldset>
</form>
  );
}
