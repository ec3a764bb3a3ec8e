interface NameExpiryFieldsProps {
  /** useId() of the form, prefix of the field ids. */
  id: string;
  nameLabel: string;
  name: string;
  nameHint: string;
  nameError: string | null;
  onNameChange: (value: string) => void;
  expiry: string;
  /** Earliest selectable time, as a datetime-local value. */
  earliest: string;
  expiryHint: string;
  expiryError: string | null;
  onExpiryChange: (value: string) => void;
}

/** The name and expiry fields that snapshots and backups share, each with its hint and error. */
export function NameExpiryFields(props: NameExpiryFieldsProps) {
  const { id, nameError, expiryError } = props;
  return (
    <>
      <div className="data-field">
        <label htmlFor={`${id}-name`}>{props.nameLabel}</label>
        <input
          id={`${id}-name`}
          className="input"
          value={props.name}
          placeholder="Chosen by LXD"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={!!nameError}
          aria-describedby={`${id}-name-hint${nameError ? ` ${id}-name-error` : ''}`}
          onChange={(event) => props.onNameChange(event.target.value)}
        />
        <p id={`${id}-name-hint`} className="data-hint">
          {props.nameHint}
        </p>
        {nameError && (
          <p id={`${id}-name-error`} className="field-error" role="alert">
            {nameError}
          </p>
        )}
      </div>
      <div className="data-field">
        <label htmlFor={`${id}-expiry`}>Expires at</label>
        <input
          id={`${id}-expiry`}
          className="input"
          type="datetime-local"
          value={props.expiry}
          min={props.earliest}
          aria-invalid={!!expiryError}
          aria-describedby={`${id}-expiry-hint${expiryError ? ` ${id}-expiry-error` : ''}`}
          onChange={(event) => props.onExpiryChange(event.target.value)}
        />
        <p id={`${id}-expiry-hint`} className="data-hint">
          {props.expiryHint}
        </p>
        {expiryError && (
          <p id={`${id}-expiry-error`} className="field-error" role="alert">
            {expiryError}
          </p>
        )}
      </div>
    </>
  );
}
