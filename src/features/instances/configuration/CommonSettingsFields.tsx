import './instanceForm.css';
import { COMMON_KEYS, type CommonKeyName, type CommonValues } from './commonKeys';

interface CommonSettingsFieldsProps {
  idPrefix: string;
  values: CommonValues;
  onChange: (key: CommonKeyName, value: string) => void;
  errors?: Partial<Record<string, string>>;
  /** What applies when the field is left empty (from profiles or LXD's default), shown as a hint. */
  inherited?: Partial<Record<CommonKeyName, { value: string; from?: string }>>;
  disabled?: boolean;
}

/** limits.cpu, limits.memory, boot.autostart and security.nesting as labelled fields; empty means unset. */
export function CommonSettingsFields({ idPrefix, values, onChange, errors = {}, inherited = {}, disabled }: CommonSettingsFieldsProps) {
  return (
    <div className="form-grid">
      {COMMON_KEYS.map((field) => {
        const id = `${idPrefix}-${field.key.replace('.', '-')}`;
        const error = errors[field.key];
        const from = inherited[field.key];
        const inheritedText = from ? `${from.value}${from.from ? ` from profile ${from.from}` : ''}` : undefined;
        const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
        return (
          <div className="form-field" key={field.key}>
            <label htmlFor={id}>{field.label}</label>
            {field.kind === 'boolean' ? (
              <select
                id={id}
                className="input"
                value={values[field.key] ?? ''}
                disabled={disabled}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy}
                onChange={(event) => onChange(field.key, event.target.value)}
              >
                <option value="">{inheritedText ? `Not set (${inheritedText})` : 'Not set (LXD default)'}</option>
                <option value="true">Yes</option>
                <option value="false">No</option>
                {/* Any other spelling typed in the YAML stays selectable as it is rather than looking unset. */}
                {!['', 'true', 'false'].includes(values[field.key] ?? '') && (
                  <option value={values[field.key]}>{values[field.key]} (as written)</option>
                )}
              </select>
            ) : (
              <input
                id={id}
                className="input"
                value={values[field.key] ?? ''}
                placeholder={inheritedText ?? field.placeholder}
                disabled={disabled}
                spellCheck={false}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy}
                onChange={(event) => onChange(field.key, event.target.value)}
              />
            )}
            <span className="form-hint muted" id={`${id}-hint`}>
              <code>{field.key}</code> {field.hint}
              {inheritedText && field.kind === 'text' ? ` Empty: ${inheritedText}.` : ''}
            </span>
            {error && (
              <p className="field-error" id={`${id}-error`} role="alert">
                {error}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
