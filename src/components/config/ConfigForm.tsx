import type { ReactNode } from 'react';
import type { ParsedEditable } from '@/lib/config/editable';
import { ConfigFields } from './ConfigFields';
import type { ConfigFormSection, InheritedValues } from './resource';

interface ConfigFormProps {
  idPrefix: string;
  parsed: ParsedEditable;
  /** Show the description field (the object has one). */
  description: boolean;
  sections: readonly ConfigFormSection[];
  inherited?: InheritedValues;
  errors: Partial<Record<string, string>>;
  onConfigChange: (key: string, value: string) => void;
  onDescriptionChange: (value: string) => void;
  footer?: ReactNode;
  /** Read-only mode: every field is disabled. */
  readOnly?: boolean;
}

/** Fields for the common keys, reading and writing the same draft as the YAML editor. */
export function ConfigForm({ idPrefix, parsed, description, sections, inherited, errors, onConfigChange, onDescriptionChange, footer, readOnly }: ConfigFormProps) {
  const values = parsed.ok ? (parsed.value.config ?? {}) : {};
  const unavailableId = `${idPrefix}-form-unavailable`;
  return (
    <fieldset className="config-form" disabled={!parsed.ok || readOnly} aria-describedby={parsed.ok ? undefined : unavailableId}>
      <legend className="section-title">Common settings</legend>
      {!parsed.ok && (
        <p id={unavailableId} className="muted">
          The fields are unavailable while the YAML below has errors.
        </p>
      )}
      {description && (
        <div className="form-field config-description">
          <label htmlFor={`${idPrefix}-description`}>Description</label>
          <input
            id={`${idPrefix}-description`}
            className="input"
            value={parsed.ok ? (parsed.value.description ?? '') : ''}
            onChange={(event) => onDescriptionChange(event.target.value)}
          />
        </div>
      )}
      {sections.map((section, index) =>
        section.title ? (
          <fieldset key={section.title} className="config-form-section">
            <legend className="config-form-section-title">{section.title}</legend>
            <ConfigFields idPrefix={idPrefix} fields={section.fields} values={values} errors={errors} inherited={inherited} onChange={onConfigChange} />
          </fieldset>
        ) : (
          <ConfigFields key={index} idPrefix={idPrefix} fields={section.fields} values={values} errors={errors} inherited={inherited} onChange={onConfigChange} />
        ),
      )}
      {footer}
    </fieldset>
  );
}
