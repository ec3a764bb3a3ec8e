import { LineNumberedTextarea } from '@/components/config/LineNumberedTextarea';
import { userDataErrorLine } from './createForm';
import { describedBy } from '@/components/FormField';

interface UserDataFieldProps {
  value: string;
  /** The config key it is stored under on this server. */
  configKey: string;
  error?: string;
  onChange: (value: string) => void;
}

export function UserDataField({ value, configKey, error, onChange }: UserDataFieldProps) {
  const line = userDataErrorLine(error);
  return (
    <div className="form-field">
      <label htmlFor="create-user-data">User-data (cloud-init)</label>
      <LineNumberedTextarea
        id="create-user-data"
        value={value}
        onChange={onChange}
        rows={8}
        invalid={!!error}
        markedLines={line ? [line] : []}
        describedBy={describedBy('create-user-data', true, error)}
        placeholder={'#cloud-config\npackages:\n  - curl'}
      />
      <span className="form-hint muted" id="create-user-data-hint">
        Stored as <code>{configKey}</code>. Starts with <code>#cloud-config</code> (YAML, checked before sending) or is a
        script starting with <code>#!</code>. Only images with cloud-init act on it.
      </span>
      {error && (
        <p className="field-error" id="create-user-data-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
