import { useEffect, useState } from 'react';
import { fieldId } from '@/components/config/ConfigFields';
import { describedBy, FormField } from '@/components/FormField';
import { addableKeys, namespaceTitle, type ServerConfigKey } from './serverConfigModel';
import { ActionButton } from '@/components/reasons';

interface AddSettingFieldProps {
  shown: readonly string[];
  known: readonly ServerConfigKey[];
  onAdd: (key: string) => void;
}

/** Picks an unset key to show as a field of the form; the new field gets the focus. */
export function AddSettingField({ shown, known, onAdd }: AddSettingFieldProps) {
  const [choice, setChoice] = useState('');
  const [focusKey, setFocusKey] = useState<string>();
  const groups = addableKeys(shown, known);
  useEffect(() => {
    if (focusKey) document.getElementById(fieldId('config', focusKey))?.focus();
  }, [focusKey]);
  if (groups.length === 0) return null;
  const described = known.find((about) => about.key === choice);
  return (
    <div className="server-add-setting">
      <FormField
        id="server-add-setting"
        label="Add a setting"
        hint={described ? described.description : 'Keys set on the server are listed above; add one to give it a value.'}
      >
        <select
          id="server-add-setting"
          className="input"
          value={choice}
          aria-describedby={describedBy('server-add-setting', true, undefined)}
          onChange={(event) => setChoice(event.target.value)}
        >
          <option value="">Choose an unset key…</option>
          {groups.map((group) => (
            <optgroup key={group.namespace} label={namespaceTitle(group.namespace)}>
              {group.keys.map((about) => (
                <option key={about.key} value={about.key}>
                  {about.key}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </FormField>
      <ActionButton write
        type="button"
        className="button"
        disabled={!choice}
        onClick={() => {
          onAdd(choice);
          setFocusKey(choice);
          setChoice('');
        }}
      >
        Add
      </ActionButton>
    </div>
  );
}
