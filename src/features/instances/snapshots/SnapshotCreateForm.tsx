import { useId, useState, type FormEvent } from 'react';
import { useCreateSnapshot } from '@/api/snapshots/mutations';
import { errorText } from '@/components/ErrorState';
import { parseExpiryInput, toLocalInputValue } from './expiry';
import { NameExpiryFields } from './NameExpiryFields';
import { createErrorField, snapshotNameError } from './snapshotName';

interface SnapshotCreateFormProps {
  project: string;
  instance: string;
  /** Names in use, refused before asking LXD. */
  taken: readonly string[];
  /** `snapshots.expiry` that LXD applies when no date is given, if any. */
  defaultExpiry: string | undefined;
}

/** Name and expiry of a new snapshot; what the user typed stays when LXD refuses. */
export function SnapshotCreateForm({ project, instance, taken, defaultExpiry }: SnapshotCreateFormProps) {
  const create = useCreateSnapshot(project, instance);
  const [name, setName] = useState('');
  const [expiry, setExpiry] = useState('');
  const [checked, setChecked] = useState(false);
  const [earliest] = useState(() => toLocalInputValue(new Date()));
  const id = useId();

  const nameError = snapshotNameError(name.trim(), { required: false, taken });
  const expiryResult = parseExpiryInput(expiry);
  const lxdError = create.error ? errorText(create.error) : null;
  const lxdField = lxdError ? createErrorField(lxdError) : null;
  const shownNameError = (checked && nameError) || (lxdField === 'name' ? lxdError : null);
  const shownExpiryError = (checked && !expiryResult.ok ? expiryResult.error : null) || (lxdField === 'expiry' ? lxdError : null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (nameError || !expiryResult.ok) return;
    create.mutate(
      { name: name.trim(), expiresAt: expiryResult.iso },
      {
        onSuccess: () => {
          setName('');
          setExpiry('');
          setChecked(false);
        },
      },
    );
  };

  return (
    <form className="data-form" onSubmit={submit} aria-label="Create snapshot" noValidate>
      <NameExpiryFields
        id={id}
        nameLabel="Snapshot name"
        name={name}
        nameHint="Optional. No spaces or / ? & + * \."
        nameError={shownNameError || null}
        onNameChange={(value) => {
          setName(value);
          if (create.error) create.reset();
        }}
        expiry={expiry}
        earliest={earliest}
        expiryHint={
          defaultExpiry
            ? `Optional. Empty: expires after ${defaultExpiry} (snapshots.expiry).`
            : 'Optional. Empty: never expires.'
        }
        expiryError={shownExpiryError || null}
        onExpiryChange={(value) => {
          setExpiry(value);
          if (create.error) create.reset();
        }}
      />
      {lxdField === 'form' && (
        <p className="data-form-error" role="alert">
          {lxdError}
        </p>
      )}
      <div className="data-form-actions">
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create snapshot'}
        </button>
      </div>
    </form>
  );
}
