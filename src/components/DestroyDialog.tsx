import { useState, type ReactNode } from 'react';
import { errorText } from './ErrorState';
import { ConfirmDialog } from './ConfirmDialog';
import { UsedByList } from './UsedByList';
import './formDialog.css';

interface DestroyDialogProps {
  /** What kind of object: `profile`, `project`, `snapshot`. */
  noun: string;
  /** Every object destroyed, by name. */
  names: readonly string[];
  /** What else goes with them, or what stays (`Instances made from it are not affected.`). */
  consequences?: ReactNode;
  /** The objects' `used_by`, resolved into links. */
  usedBy?: readonly string[] | null;
  /** The project the page is in (entries of other projects say which). */
  project?: string;
  /**
   * Why LXD would refuse, known before asking (in use, the default profile ...): the dialog says so
   * and offers no delete.
   */
  refusal?: string;
  /** The delete, including waiting for LXD's operation. Its failure is shown in the dialog. */
  onConfirm: () => Promise<unknown>;
  onCancel: () => void;
  /** After a successful delete. */
  onDone: () => void;
  /**
   * A consequence the user must acknowledge by ticking a box before Delete is offered (losing
   * access to the server, say); shown as a warning.
   */
  acknowledge?: { warning: ReactNode; label: string };
}

/**
 * Confirms destroying objects: names each one and what uses it, refuses up front what LXD would
 * refuse, and shows LXD's own message if it refuses anyway.
 */
export function DestroyDialog({ noun, names, consequences, usedBy, project, refusal, onConfirm, onCancel, onDone, acknowledge }: DestroyDialogProps) {
  const [pending, setPending] = useState(false);
  const [acknowledged, setAcknowledged] = useState(false);
  const [error, setError] = useState<string>();
  const what = names.length === 1 ? `${noun} ${names[0] ?? ''}` : `${names.length} ${noun}s`;
  const users = usedBy ?? [];

  const confirm = async () => {
    setPending(true);
    setError(undefined);
    try {
      await onConfirm();
      onDone();
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setPending(false);
    }
  };

  return (
    <ConfirmDialog
      title={refusal ? `Cannot delete ${what}` : `Delete ${what}?`}
      confirmLabel={error ? 'Try again' : `Delete ${names.length === 1 ? noun : `${names.length} ${noun}s`}`}
      danger
      pending={pending}
      refused={!!refusal}
      confirmDisabled={!!acknowledge && !acknowledged}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
    >
      {refusal ? (
        <p role="alert">{refusal}</p>
      ) : (
        <>
          <p>This permanently deletes:</p>
          <ul className="delete-list" aria-label={`${noun}s to delete`}>
            {names.map((name) => (
              <li key={name}>
                <strong>{name}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
      {consequences}
      {acknowledge && !refusal && (
        <div className="destroy-warning" role="alert">
          {acknowledge.warning}
          <label className="form-check">
            <input type="checkbox" checked={acknowledged} onChange={(event) => setAcknowledged(event.target.checked)} />
            {acknowledge.label}
          </label>
        </div>
      )}
      {users.length > 0 && (
        <>
          <p>{refusal ? 'Used by:' : 'It is used by:'}</p>
          <UsedByList usedBy={users} project={project} label={`What uses ${what}`} />
        </>
      )}
      {error && (
        <p className="form-error" role="alert">
          LXD refused: {error}
        </p>
      )}
    </ConfirmDialog>
  );
}
