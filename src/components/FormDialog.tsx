import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useWriteReason } from './readOnly';
import './formDialog.css';

interface FormDialogProps {
  title: string;
  submitLabel: string;
  /** The request is running: the dialog cannot be closed and the submit button says so. */
  pending: boolean;
  /** A failure of the whole request, e.g. LXD's refusal (a field shows its own problems). */
  error?: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
  /** Replaces Cancel's label, e.g. `Close` once the work is done. */
  cancelLabel?: string;
  /** Hides the submit button (a dialog that only reports). */
  hideSubmit?: boolean;
  /** Why submitting cannot be done now; the button is then disabled and says why. */
  submitReason?: string;
  className?: string;
  /** The dialog only shows or fetches something: read-only mode leaves its submit button on. */
  view?: boolean;
}

/**
 * A modal form on the native <dialog> (focus trap and Escape for free). It stays open while the
 * request runs and after it fails, so what the user typed is never lost; Escape and Cancel close
 * it only when nothing is running.
 */
export function FormDialog(props: FormDialogProps) {
  const { title, submitLabel, pending, error, onSubmit, onCancel, children, cancelLabel = 'Cancel', hideSubmit, view } = props;
  const readOnly = useWriteReason();
  const submitReason = (!view && readOnly) || props.submitReason;
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!pending && !submitReason) onSubmit();
  };
  return (
    <dialog
      ref={ref}
      className={['dialog', props.className].filter(Boolean).join(' ')}
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>{title}</h2>
        <div className="dialog-body form-dialog-body">{children}</div>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel} disabled={pending} data-view="">
            {cancelLabel}
          </button>
          {!hideSubmit && (
            <button
              type="submit"
              className="button button-primary"
              disabled={pending || !!submitReason}
              title={submitReason}
              aria-describedby={submitReason ? `${id}-reason` : undefined}
            >
              {pending ? 'Working…' : submitLabel}
            </button>
          )}
          {submitReason && (
            <span id={`${id}-reason`} hidden>
              {submitReason}
            </span>
          )}
        </div>
      </form>
    </dialog>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The field's problem (or LXD's refusal that names it): announced and tied to the input. */
  error?: string;
  hint?: string;
  autoFocus?: boolean;
  /** A multi-line field. */
  multiline?: boolean;
  placeholder?: string;
}

/** A labelled text input whose hint and problem are tied to it (aria-describedby). */
export function TextField({ label, value, onChange, error, hint, autoFocus, multiline, placeholder }: TextFieldProps) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    className: 'input',
    value,
    placeholder,
    autoFocus,
    spellCheck: false,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  } as const;
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} autoComplete="off" onChange={(event) => onChange(event.target.value)} />
      )}
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

interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
}

/** A labelled select whose hint and problem are tied to it, like `TextField`. */
export function SelectField({ label, value, options, onChange, hint, error }: SelectFieldProps) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="input"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
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

/**
 * A dialog's Name field: its value, and its problem (LXD's rules, names taken), shown once the user
 * has typed or tried to submit. `check()` marks it tried and says whether the name may be sent;
 * `onEdit` runs on every change (e.g. to clear LXD's last refusal).
 */
export function useNameField(problemOf: (name: string) => string | undefined, onEdit?: () => void) {
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const problem = problemOf(name);
  const field = (
    <TextField
      label="Name"
      value={name}
      autoFocus
      error={touched ? problem : undefined}
      onChange={(value) => {
        setName(value);
        setTouched(true);
        onEdit?.();
      }}
    />
  );
  const check = () => {
    setTouched(true);
    return problem === undefined;
  };
  return { name, field, check };
}
