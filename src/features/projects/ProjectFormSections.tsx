import { ConfigFields } from '@/components/config/ConfigFields';
import type { InheritedValues } from '@/components/config/ConfigEditor';
import { describedBy } from '@/components/FormField';
import type { ProjectFieldErrors } from './createProjectForm';
import type { ProjectConfigField, ProjectFeature } from './projectModel';

/** What LXD applies to each unset key, shown in the fields ("Not set (block from LXD default)"). */
export function lxdDefaults(fields: readonly ProjectConfigField[]): InheritedValues {
  return Object.fromEntries(fields.filter((field) => field.lxdDefault).map((field) => [field.key, { value: field.lxdDefault ?? '', from: 'LXD default' }]));
}

interface FeatureChecksProps {
  features: readonly ProjectFeature[];
  values: Record<string, boolean>;
  errors: ProjectFieldErrors;
  onChange: (key: string, on: boolean) => void;
}

/** One checkbox per feature the server has, with what it isolates. */
export function FeatureChecks({ features, values, errors, onChange }: FeatureChecksProps) {
  return (
    <ul className="feature-checks">
      {features.map((feature) => {
        const id = `create-${feature.key.replace(/\./g, '-')}`;
        const error = errors[feature.key];
        return (
          <li className="feature-check" key={feature.key}>
            <label htmlFor={id}>
              <input
                id={id}
                type="checkbox"
                checked={values[feature.key] ?? false}
                aria-describedby={describedBy(id, true, error)}
                aria-invalid={error ? true : undefined}
                onChange={(event) => onChange(feature.key, event.target.checked)}
              />
              {feature.label[0]?.toUpperCase()}
              {feature.label.slice(1)}
            </label>
            <span className="form-hint muted" id={`${id}-hint`}>
              <code>{feature.key}</code> {feature.hint} LXD’s default for a new project: {feature.initial ? 'on' : 'off'}.
            </span>
            {error && (
              <p className="field-error" id={`${id}-error`} role="alert">
                {error}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

interface KeyFieldsProps {
  fields: readonly ProjectConfigField[];
  values: Record<string, string>;
  errors: ProjectFieldErrors;
  onChange: (key: string, value: string) => void;
}

/** `limits.*` or `restricted.*` keys through the shared config fields; empty means not set. */
export function KeyFields({ fields, values, errors, onChange }: KeyFieldsProps) {
  return <ConfigFields idPrefix="create" fields={fields} values={values} errors={errors} inherited={lxdDefaults(fields)} onChange={onChange} />;
}
