import { useState } from 'react';
import { ActionButton } from '@/components/reasons';

interface ProfilesPickerProps {
  available: readonly string[];
  selected: readonly string[];
  error?: string;
  onChange: (profiles: string[]) => void;
}

const HINT_ID = 'create-profiles-hint';

/** An ordered list of profiles (later ones override earlier ones, as in LXD), inside a fieldset. */
export function ProfilesPicker({ available, selected, error, onChange }: ProfilesPickerProps) {
  const addable = available.filter((name) => !selected.includes(name));
  const [choice, setChoice] = useState('');
  const toAdd = addable.includes(choice) ? choice : (addable[0] ?? '');

  const move = (index: number, by: -1 | 1) => {
    const next = [...selected];
    const [item] = next.splice(index, 1);
    if (item !== undefined) next.splice(index + by, 0, item);
    onChange(next);
  };

  return (
    // The surrounding fieldset's legend names this group.
    <div className="profiles-picker">
      <p id={HINT_ID} className="form-hint muted">
        Applied in this order: a later profile overrides the ones before it.
      </p>
      {selected.length === 0 ? (
        <p className="muted">No profiles: the instance needs a root disk from the devices below.</p>
      ) : (
        <ol className="profiles-list" aria-label="Chosen profiles">
          {selected.map((name, index) => (
            <li key={name}>
              <span className="profile-name">{name}</span>
              <ActionButton write
                type="button"
                className="button button-small"
                aria-label={`Move ${name} up`}
                disabled={index === 0}
                title={index === 0 ? 'Already first' : undefined}
                aria-describedby={HINT_ID}
                onClick={() => move(index, -1)}
              >
                ↑
              </ActionButton>
              <ActionButton write
                type="button"
                className="button button-small"
                aria-label={`Move ${name} down`}
                disabled={index === selected.length - 1}
                title={index === selected.length - 1 ? 'Already last' : undefined}
                aria-describedby={HINT_ID}
                onClick={() => move(index, 1)}
              >
                ↓
              </ActionButton>
              <ActionButton write
                type="button"
                className="button button-small"
                aria-label={`Remove profile ${name}`}
                onClick={() => onChange(selected.filter((other) => other !== name))}
              >
                Remove
              </ActionButton>
            </li>
          ))}
        </ol>
      )}
      <div className="profiles-add">
        <select
          className="input"
          aria-label="Add profile"
          value={toAdd}
          disabled={addable.length === 0}
          title={addable.length === 0 ? 'Every profile is already chosen' : undefined}
          onChange={(event) => setChoice(event.target.value)}
        >
          {addable.length === 0 && <option value="">No other profiles</option>}
          {addable.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <ActionButton write
          type="button"
          className="button"
          disabled={!toAdd}
          title={!toAdd ? 'Every profile is already chosen' : undefined}
          onClick={() => onChange([...selected, toAdd])}
        >
          Add
        </ActionButton>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
