import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import './instanceActions.css';

interface FormDialogProps {
  title: string;
  submitLabel: string;
  pending: boolean;
  /** A failure of the whole request (field problems are shown by the fields themselves). */
  error?: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * A modal form on the native <dialog>. It stays open while the request runs and after it fails,
 * so what the user typed is never lost; Escape and Cancel close it only when nothing is running.
 */
export function FormDialog({ title, submitLabel, pending, error, onSubmit, onCancel, children }: FormDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!pending) onSubmit();
  };
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={titleId}>{title}</h2>
        <div className="dialog-body form-dialog-body">{children}</div>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel} disabled={pending}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={pending}>
            {pending ? 'Working…' : submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  autoFocus?: boolean;
}

/** A labelled text input whose problem is announced and tied to it (aria-describedby). */
export function TextField({ label, value, onChange, error, hint, autoFocus }: TextFieldProps) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        autoFocus={autoFocus}
        autoComplete="off"
        spellCheck={false}
      />
      {hint && (
        <p id={`${id}-hint`} className="muted form-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function CheckboxField({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="form-check">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );
}
