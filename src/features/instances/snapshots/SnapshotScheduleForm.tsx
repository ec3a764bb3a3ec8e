import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useSaveSnapshotConfig } from '@/api/snapshots/mutations';
import { errorText } from '@/components/ErrorState';
import { isLxdError, type LxdInstance, type LxdSyncResult } from '@/lxd';
import { ActionButton } from '@/components/reasons';
import {
  SCHEDULE_KEYS,
  fieldOfLxdError,
  scheduleChanges,
  scheduleFieldErrors,
  scheduleValues,
  type ScheduleField,
  type ScheduleValues,
} from './schedule';

interface SnapshotScheduleFormProps {
  project: string;
  instance: string;
  /** The instance as last read; the form keeps the version it started from until a conflict. */
  latest: LxdSyncResult<LxdInstance>;
  inherited: Partial<ScheduleValues>;
  onDone: () => void;
}

/**
 * Edits the instance's snapshots.* keys. The save carries the ETag of the version the user started
 * from, so a change made meanwhile by someone else is reported (412) instead of overwritten; the
 * typed values stay, and saving again applies them over the latest version.
 */
export function SnapshotScheduleForm({ project, instance, latest, inherited, onDone }: SnapshotScheduleFormProps) {
  const save = useSaveSnapshotConfig(project, instance);
  const [started] = useState(latest);
  const [initial] = useState(() => scheduleValues(latest.data.config));
  const [values, setValues] = useState(initial);
  const [checked, setChecked] = useState(false);
  const id = useId();

  const conflict = isLxdError(save.error) && save.error.isConflict;
  const base = conflict ? latest : started;
  const changes = scheduleChanges(initial, values);
  const unchanged = Object.keys(changes).length === 0;
  const fieldErrors = checked ? scheduleFieldErrors(values) : {};
  const lxdMessage = save.error && !conflict ? errorText(save.error) : null;
  const lxdField = lxdMessage ? fieldOfLxdError(lxdMessage) : null;
  const errorFor = (field: ScheduleField) => fieldErrors[field] ?? (lxdField === field ? lxdMessage : undefined);

  const set = (field: ScheduleField) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(scheduleFieldErrors(values)).length > 0 || unchanged) return;
    save.mutate({ base, changes }, { onSuccess: onDone });
  };

  const field = (name: ScheduleField, label: string, hint: string, input: (props: FieldInputProps) => ReactNode) => {
    const error = errorFor(name);
    const inputId = `${id}-${name}`;
    const hintText = inherited[name] ? `${hint} Unset here, a profile sets ${inherited[name]}.` : hint;
    return (
      <div className="data-field">
        <label htmlFor={inputId}>{label}</label>
        {input({
          id: inputId,
          'aria-invalid': !!error,
          'aria-describedby': `${inputId}-hint${error ? ` ${inputId}-error` : ''}`,
        })}
        <p id={`${inputId}-hint`} className="data-hint">
          {hintText}
        </p>
        {error && (
          <p id={`${inputId}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <form className="data-form" onSubmit={submit} aria-label="Snapshot schedule" noValidate>
      {field('schedule', 'Schedule', 'Cron expression or @hourly, @daily, @weekly, @monthly… Empty: no automatic snapshots.', (props) => (
        <input {...props} className="input" value={values.schedule} spellCheck={false} onChange={(e) => set('schedule')(e.target.value)} />
      ))}
      {field('stopped', 'Snapshot when stopped', 'Whether scheduled snapshots are taken while the instance is stopped.', (props) => (
        <select {...props} className="input" value={values.stopped} onChange={(e) => set('stopped')(e.target.value)}>
          <option value="">Default (no)</option>
          <option value="true">Yes</option>
          <option value="false">No</option>
        </select>
      ))}
      {field('expiry', 'Expire snapshots after', 'E.g. 7d, 2w, 12H (M minutes, m months). Empty: never.', (props) => (
        <input {...props} className="input" value={values.expiry} spellCheck={false} onChange={(e) => set('expiry')(e.target.value)} />
      ))}
      {field('pattern', 'Name pattern', 'Names of new snapshots, e.g. snap%d. Empty: snap%d.', (props) => (
        <input {...props} className="input" value={values.pattern} spellCheck={false} onChange={(e) => set('pattern')(e.target.value)} />
      ))}
      {conflict && (
        <div className="schedule-conflict" role="alert">
          <strong>Someone changed {instance} since you started editing.</strong> Your values are kept. The instance now has:
          <ul>
            {(Object.keys(SCHEDULE_KEYS) as ScheduleField[]).map((name) => (
              <li key={name}>
                <code>{SCHEDULE_KEYS[name]}</code>: {latest.data.config[SCHEDULE_KEYS[name]] || 'not set'}
              </li>
            ))}
          </ul>
          Save again to apply your values over that version, or cancel.
        </div>
      )}
      {lxdMessage && !lxdField && (
        <p className="data-form-error" role="alert">
          {lxdMessage}
        </p>
      )}
      <div className="data-form-actions is-row">
        <ActionButton write
          type="submit"
          className="button button-primary"
          disabled={save.isPending || unchanged}
          title={unchanged ? 'Nothing changed yet' : undefined}
          aria-describedby={unchanged ? `${id}-unchanged` : undefined}
        >
          {save.isPending ? 'Saving…' : 'Save schedule'}
        </ActionButton>
        <button data-view="" type="button" className="button" onClick={onDone} disabled={save.isPending}>
          Cancel
        </button>
        {unchanged && (
          <span id={`${id}-unchanged`} className="data-hint">
            Change a value to save.
          </span>
        )}
      </div>
    </form>
  );
}

interface FieldInputProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string;
}
