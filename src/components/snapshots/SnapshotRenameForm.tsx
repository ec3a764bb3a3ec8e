import { useId, useState, type FormEvent } from 'react';
import type { SnapshotOwner } from '@/api/snapshots/keys';
import { useRenameSnapshot } from '@/api/snapshots/mutations';
import { errorText } from '@/components/ErrorState';
import { snapshotNameError } from './snapshotName';

interface SnapshotRenameFormProps {
  project: string;
  instance: SnapshotOwner;
  snapshot: string;
  taken: readonly string[];
  onDone: () => void;
}

/** Inline rename in the snapshot's row; LXD's refusal appears under the field, the typed name stays. */
export function SnapshotRenameForm({ project, instance, snapshot, taken, onDone }: SnapshotRenameFormProps) {
  const rename = useRenameSnapshot(project, instance);
  const [name, setName] = useState(snapshot);
  const [checked, setChecked] = useState(false);
  const id = useId();

  const trimmed = name.trim();
  const localError = snapshotNameError(trimmed, { required: true, taken: taken.filter((other) => other !== snapshot) });
  const error = (checked && localError) || (rename.error ? errorText(rename.error) : null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (localError) return;
    if (trimmed === snapshot) {
      onDone();
      return;
    }
    rename.mutate({ from: snapshot, to: trimmed }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} aria-label={`Rename ${snapshot}`} noValidate>
      <div className="snapshot-rename">
        <input
          className="input"
          value={name}
          autoFocus
          aria-label={`New name for ${snapshot}`}
          aria-invalid={!!error}
          aria-describedby={error ? `${id}-error` : undefined}
          spellCheck={false}
          onChange={(event) => {
            setName(event.target.value);
            if (rename.error) rename.reset();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && !rename.isPending) onDone();
          }}
        />
        <button type="submit" className="button button-primary" disabled={rename.isPending}>
          {rename.isPending ? 'Saving…' : 'Save name'}
        </button>
        <button type="button" className="button" onClick={onDone} disabled={rename.isPending}>
          Cancel
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} className="snapshot-rename-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
