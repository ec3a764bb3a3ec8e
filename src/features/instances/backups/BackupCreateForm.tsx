import { useId, useState, type FormEvent } from 'react';
import { useCreateBackup } from '@/api/backups/mutations';
import { errorText } from '@/components/ErrorState';
import { NameExpiryFields } from '../snapshots/NameExpiryFields';
import { parseExpiryInput, toLocalInputValue } from '../snapshots/expiry';
import { createErrorField } from '../snapshots/snapshotName';
import { backupNameError } from './backupForm';

interface BackupCreateFormProps {
  project: string;
  instance: string;
  taken: readonly string[];
}

/** Name, expiry and contents of a new backup; what the user typed stays when LXD refuses. */
export function BackupCreateForm({ project, instance, taken }: BackupCreateFormProps) {
  const create = useCreateBackup(project, instance);
  const [name, setName] = useState('');
  const [expiry, setExpiry] = useState('');
  const [withSnapshots, setWithSnapshots] = useState(true);
  const [checked, setChecked] = useState(false);
  const [earliest] = useState(() => toLocalInputValue(new Date()));
  const id = useId();

  const nameError = backupNameError(name.trim(), taken);
  const expiryResult = parseExpiryInput(expiry);
  const lxdError = create.error ? errorText(create.error) : null;
  const lxdField = lxdError ? createErrorField(lxdError) : null;
  const shownNameError = (checked && nameError) || (lxdField === 'name' ? lxdError : null);
  const shownExpiryError = (checked && !expiryResult.ok ? expiryResult.error : null) || (lxdField === 'expiry' ? lxdError : null);
  const edited = () => {
    if (create.error) create.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (nameError || !expiryResult.ok) return;
    create.mutate(
      { name: name.trim(), expiresAt: expiryResult.iso, instanceOnly: !withSnapshots },
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
    <form className="data-form" onSubmit={submit} aria-label="Create backup" noValidate>
      <NameExpiryFields
        id={id}
        nameLabel="Backup name"
        name={name}
        nameHint="Optional. No / ? & + \."
        nameError={shownNameError || null}
        onNameChange={(value) => {
          setName(value);
          edited();
        }}
        expiry={expiry}
        earliest={earliest}
        expiryHint="Optional. Empty: kept until deleted."
        expiryError={shownExpiryError || null}
        onExpiryChange={(value) => {
          setExpiry(value);
          edited();
        }}
      />
      <div className="data-field data-field-check">
        <input
          id={`${id}-snapshots`}
          type="checkbox"
          checked={withSnapshots}
          onChange={(event) => {
            setWithSnapshots(event.target.checked);
            edited();
          }}
        />
        <label htmlFor={`${id}-snapshots`}>Include snapshots</label>
      </div>
      {lxdField === 'form' && (
        <p className="data-form-error" role="alert">
          {lxdError}
        </p>
      )}
      <div className="data-form-actions">
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create backup'}
        </button>
      </div>
    </form>
  );
}
