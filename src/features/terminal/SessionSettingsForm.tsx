import { useState, type FormEvent } from 'react';
import { DEFAULT_SETTINGS, secretVariables, sessionRequest, type SettingsErrors, type TerminalSettings } from './terminalSettings';

interface SessionSettingsFormProps {
  settings: TerminalSettings;
  onApply(settings: TerminalSettings): void;
}

const FIELDS: { field: keyof TerminalSettings; label: string; placeholder: string }[] = [
  { field: 'command', label: 'Command', placeholder: 'bash -l, else sh -l' },
  { field: 'user', label: 'User id', placeholder: '0 (root)' },
  { field: 'cwd', label: 'Working directory', placeholder: "the user's home" },
];

/** Command, user, directory and environment of the shell; applying reconnects with them. */
export function SessionSettingsForm({ settings, onApply }: SessionSettingsFormProps) {
  const [draft, setDraft] = useState(settings);
  const [errors, setErrors] = useState<SettingsErrors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = sessionRequest(draft);
    if ('errors' in checked) return setErrors(checked.errors);
    setErrors({});
    onApply(draft);
  };
  const reset = () => {
    setDraft(DEFAULT_SETTINGS);
    setErrors({});
    onApply(DEFAULT_SETTINGS);
  };
  const set = (field: keyof TerminalSettings, value: string) => setDraft((current) => ({ ...current, [field]: value }));
  const secrets = secretVariables(draft.environment);

  return (
    <details className="terminal-settings">
      <summary>Session settings</summary>
      <form onSubmit={submit} aria-label="Session settings">
        {FIELDS.map(({ field, label, placeholder }) => (
          <label key={field}>
            {label}
            <input
              className="input"
              value={draft[field]}
              placeholder={placeholder}
              onChange={(event) => set(field, event.target.value)}
              aria-invalid={errors[field] ? true : undefined}
              aria-describedby={errors[field] ? `terminal-${field}-error` : undefined}
            />
            {errors[field] && (
              <span className="field-error" id={`terminal-${field}-error`}>
                {errors[field]}
              </span>
            )}
          </label>
        ))}
        <label>
          Environment (NAME=value per line)
          <textarea
            className="input"
            rows={3}
            value={draft.environment}
            onChange={(event) => set('environment', event.target.value)}
            aria-invalid={errors.environment ? true : undefined}
            aria-describedby={
              [errors.environment ? 'terminal-environment-error' : '', secrets.length > 0 ? 'terminal-environment-secrets' : '']
                .filter(Boolean)
                .join(' ') || undefined
            }
          />
          {errors.environment && (
            <span className="field-error" id="terminal-environment-error">
              {errors.environment}
            </span>
          )}
          {secrets.length > 0 && (
            <span className="muted" id="terminal-environment-secrets">
              {secrets.join(', ')} {secrets.length === 1 ? 'looks' : 'look'} like a secret: used until this page is closed, never
              remembered.
            </span>
          )}
        </label>
        <div className="terminal-settings-actions">
          <button type="submit" className="button button-primary">
            Apply and reconnect
          </button>
          <button type="button" className="button" onClick={reset}>
            Reset to defaults
          </button>
        </div>
      </form>
    </details>
  );
}
