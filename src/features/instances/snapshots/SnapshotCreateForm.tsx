import { useId, useState, type FormEvent } from 'react';
import { useCreateSnapshot } from '@/api/snapshots/mutations';
import { errorText } from '@/components/ErrorState';
import { parseExpiryInput, toLocalInputValue } from './expiry';
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
      <div className="data-field">
        <label htmlFor={`${id}-name`}>Snapshot name</label>
        <input
          id={`${id}-name`}
          className="input"
          value={name}
          placeholder="Chosen by LXD"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={!!shownNameError}
          aria-describedby={`${id}-name-hint${shownNameError ? ` ${id}-name-error` : ''}`}
          onChange={(event) => {
            setName(event.target.value);
            if (create.error) create.reset();
          }}
        />
        <p id={`${id}-name-hint`} className="data-hint">
          Optional. No spaces or / ? &amp; + * \.
        </p>
        {shownNameError && (
          <p id={`${id}-name-error`} className="field-error" role="alert">
            {shownNameError}
          </p>
        )}
      </div>
      <div className="data-field">
        <label htmlFor={`${id}-expiry`}>Expires at</label>
        <input
          id={`${id}-expiry`}
          className="input"
          type="datetime-local"
          value={expiry}
          min={earliest}
          aria-invalid={!!shownExpiryError}
          aria-describedby={`${id}-expiry-hint${shownExpiryError ? ` ${id}-expiry-error` : ''}`}
          onChange={(event) => {
            setExpiry(event.target.value);
            if (create.error) create.reset();
          }}
        />
        <p id={`${id}-expiry-hint`} className="data-hint">
          {defaultExpiry
            ? `Optional. Empty: expires after ${defaultExpiry} (snapshots.expiry).`
            : 'Optional. Empty: never expires.'}
        </p>
        {shownExpiryError && (
          <p id={`${id}-expiry-error`} className="field-error" role="alert">
            {shownExpiryError}
          </p>
        )}
      </div>
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
