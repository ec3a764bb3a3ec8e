import { useId, type FormEvent } from 'react';
import type { SnapshotOwner } from '@/api/snapshots/keys';
import { useCreateSnapshot } from '@/api/snapshots/mutations';
import { NameExpiryFields } from './NameExpiryFields';
import { snapshotNameError } from './snapshotName';
import { useNameExpiryDraft } from './useNameExpiryDraft';
import { WriteFieldset } from '../readOnly';

interface SnapshotCreateFormProps {
  project: string;
  instance: SnapshotOwner;
  /** Names in use, refused before asking LXD. */
  taken: readonly string[];
  /** `snapshots.expiry` that LXD applies when no date is given, if any. */
  defaultExpiry: string | undefined;
}

/** Name and expiry of a new snapshot; what the user typed stays when LXD refuses. */
export function SnapshotCreateForm({ project, instance, taken, defaultExpiry }: SnapshotCreateFormProps) {
  const create = useCreateSnapshot(project, instance);
  const draft = useNameExpiryDraft((name) => snapshotNameError(name, { required: false, taken }), create);
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = draft.attempt();
    if (values) create.mutate(values, { onSuccess: draft.clear });
  };

  return (
    <form className="data-form" onSubmit={submit} aria-label="Create snapshot" noValidate>
<WriteFieldset>
      <NameExpiryFields
        id={id}
        nameLabel="Snapshot name"
        nameHint="Optional. No spaces or / ? & + * \."
        expiryHint={
          defaultExpiry
            ? `Optional. Empty: expires after ${defaultExpiry} (snapshots.expiry).`
            : 'Optional. Empty: never expires.'
        }
        {...draft.fields}
      />
      {draft.formError && (
        <p className="data-form-error" role="alert">
          {draft.formError}
        </p>
      )}
      <div className="data-form-actions">
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create snapshot'}
        </button>
      </div>
    </WriteFieldset>
</form>
  );
}
