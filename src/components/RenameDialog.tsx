import { ActionButton } from './reasons';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { errorText } from './ErrorState';
import { describedBy, FormField } from './FormField';

interface RenameDialogProps {
  /** What kind of object: `project`, `profile`. */
  noun: string;
  /** The current name; the field starts with it. */
  name: string;
  /** LXD's rules for the name, checked before sending; undefined for a valid name. */
  validate?: (name: string) => string | undefined;
  /** Why LXD would refuse any rename, known before asking: the dialog only says so. */
  refusal?: string;
  /** The rename, including waiting for LXD's operation. Its failure is shown in the dialog. */
  onRename: (to: string) => Promise<unknown>;
  onCancel: () => void;
  /** After a successful rename, with the new name. */
  onDone: (to: string) => void;
}

/**
 * Renames one object in a modal form on the native <dialog>. It stays open while LXD works and
 * after it refuses, with LXD's message and what was typed; a rename LXD would refuse anyway is
 * explained up front instead of offered.
 */
export function RenameDialog({ noun, name, validate, refusal, onRename, onCancel, onDone }: RenameDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [value, setValue] = useState(name);
  const [problem, setProblem] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [pending, setPending] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const to = value.trim();
    const found = to === name ? `The ${noun} is already called ${name}.` : validate?.(to);
    setProblem(found);
    setFailure(undefined);
    if (found) return;
    setPending(true);
    try {
      await onRename(to);
      onDone(to);
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setPending(false);
    }
  };

  const inputId = `${id}-name`;
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <h2 id={`${id}-title`}>{refusal ? `Cannot rename ${noun} ${name}` : `Rename ${noun} ${name}`}</h2>
        <div className="dialog-body">
          {refusal ? (
            <p role="alert">{refusal}</p>
          ) : (
            <FormField id={inputId} label="New name" error={problem}>
              <input
                id={inputId}
                className="input"
                value={value}
                autoFocus
                autoComplete="off"
                spellCheck={false}
                aria-invalid={problem ? true : undefined}
                aria-describedby={describedBy(inputId, false, problem)}
                onChange={(event) => setValue(event.target.value)}
              />
            </FormField>
          )}
          {failure && (
            <p className="form-error" role="alert">
              LXD refused: {failure}
            </p>
          )}
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel} disabled={pending} autoFocus={!!refusal} data-view="">
            {refusal ? 'Close' : 'Cancel'}
          </button>
          {!refusal && (
            <ActionButton write type="submit" className="button button-primary" disabled={pending}>
              {pending ? 'Renaming…' : 'Rename'}
            </ActionButton>
          )}
        </div>
      </form>
    </dialog>
  );
}
