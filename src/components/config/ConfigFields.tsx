import './configFields.css';
import type { ConfigFormField, InheritedValues } from './resource';

interface ConfigFieldsProps {
  /** Ids are `<idPrefix>-<key with dots as dashes>`, errors `<id>-error`. */
  idPrefix: string;
  fields: readonly ConfigFormField[];
  values: Partial<Record<string, string>>;
  onChange: (key: string, value: string) => void;
  /** LXD's refusal per config key, shown under its field. */
  errors?: Partial<Record<string, string>>;
  /** What applies when the field is left empty (from a profile, LXD's default), shown as a hint. */
  inherited?: InheritedValues;
  disabled?: boolean;
}

export const fieldId = (idPrefix: string, key: string) => `${idPrefix}-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** Common config keys as labelled fields; empty means unset. */
export function ConfigFields({ idPrefix, fields, values, onChange, errors = {}, inherited = {}, disabled }: ConfigFieldsProps) {
  return (
    <div className="form-grid">
      {fields.map((field) => {
        const id = fieldId(idPrefix, field.key);
        const error = errors[field.key];
        const from = inherited[field.key];
        const inheritedText = from ? `${from.value}${from.from ? ` from ${from.from}` : ''}` : undefined;
        const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
        const value = values[field.key] ?? '';
        const options =
          field.kind === 'boolean'
            ? [
                { value: 'true', label: 'Yes' },
                { value: 'false', label: 'No' },
              ]
            : (field.options ?? []);
        return (
          <div className="form-field" key={field.key}>
            <label htmlFor={id}>{field.label}</label>
            {field.kind === 'text' ? (
              <input
                id={id}
                className="input"
                value={value}
                placeholder={inheritedText ?? field.placeholder}
                disabled={disabled}
                spellCheck={false}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy}
                onChange={(event) => onChange(field.key, event.target.value)}
              />
            ) : (
              <select
                id={id}
                className="input"
                value={value}
                disabled={disabled}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy}
                onChange={(event) => onChange(field.key, event.target.value)}
              >
                <option value="">{inheritedText ? `Not set (${inheritedText})` : 'Not set (LXD default)'}</option>
                {options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
                {/* Any other spelling typed in the YAML stays selectable as it is rather than looking unset. */}
                {value !== '' && !options.some((option) => option.value === value) && <option value={value}>{value} (as written)</option>}
              </select>
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
