import type { LxdInstance, LxdProfile } from '@/lxd';
import { CommonSettingsFields } from './CommonSettingsFields';
import { COMMON_KEYS, type CommonKeyName, type CommonValues } from './commonKeys';
import type { ParsedEditable } from './editableInstance';
import { inheritedConfig } from './inheritedConfig';

interface ConfigFormProps {
  parsed: ParsedEditable;
  latest: LxdInstance;
  profiles: LxdProfile[] | undefined;
  errors: Partial<Record<string, string>>;
  onConfigChange: (key: CommonKeyName, value: string) => void;
  onDescriptionChange: (value: string) => void;
}

/** Fields for the common keys, reading and writing the same draft as the YAML editor. */
export function ConfigForm({ parsed, latest, profiles, errors, onConfigChange, onDescriptionChange }: ConfigFormProps) {
  const values: CommonValues = {};
  if (parsed.ok) for (const { key } of COMMON_KEYS) values[key] = parsed.value.config[key];
  const inherited = Object.fromEntries(
    inheritedConfig(latest, profiles).config.map((entry) => [entry.key, { value: entry.value, from: entry.from }]),
  );
  return (
    <fieldset className="config-form" disabled={!parsed.ok} aria-describedby={parsed.ok ? undefined : 'config-form-unavailable'}>
      <legend className="section-title">Common settings</legend>
      {!parsed.ok && (
        <p id="config-form-unavailable" className="muted">
          The fields are unavailable while the YAML below has errors.
        </p>
      )}
      <div className="form-field config-description">
        <label htmlFor="config-description">Description</label>
        <input
          id="config-description"
          className="input"
          value={parsed.ok ? parsed.value.description : ''}
          onChange={(event) => onDescriptionChange(event.target.value)}
        />
      </div>
      <CommonSettingsFields idPrefix="config" values={values} errors={errors} inherited={inherited} onChange={onConfigChange} />
    </fieldset>
  );
}
