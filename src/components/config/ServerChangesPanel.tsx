import { useState } from 'react';
import { changeLabel, conflictsBetween, diffEditable, type ConflictChoice } from '@/lib/config/diff';
import type { EditableObject, ParsedEditable } from '@/lib/config/editable';

interface ServerChangesPanelProps {
  /** "instance", "profile" …: what changed. */
  noun: string;
  /** The editable part of the version the user started from, and of the current one. */
  base: EditableObject;
  latest: EditableObject;
  parsed: ParsedEditable;
  /** A save was refused with 412: say so louder. */
  refusedSave: boolean;
  onReapply: (choices: Record<string, ConflictChoice>) => void;
  onDiscard: () => void;
}

const shown = (value: string | undefined) => (value === undefined ? '(not set)' : value === '' ? '(empty)' : value);

/**
 * The object changed on the server while the user was editing: what changed (from the version
 * they started from to the current one), which of their own changes clash, and a way to carry
 * their edit onto the new version.
 */
export function ServerChangesPanel({ noun, base, latest, parsed, refusedSave, onReapply, onDiscard }: ServerChangesPanelProps) {
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const serverChanges = diffEditable(base, latest);
  const conflicts = parsed.ok ? conflictsBetween(base, parsed.value, latest) : [];

  return (
    <section className="server-changes" role={refusedSave ? 'alert' : 'status'} aria-labelledby="server-changes-title">
      <h2 id="server-changes-title" className="section-title">
        {refusedSave ? `Not saved: the ${noun} changed on the server` : 'Changed on the server'}
      </h2>
      <p>
        The {noun} changed on the server since you started editing. Your text below is kept exactly as you typed it.
      </p>
      {serverChanges.length === 0 ? (
        <p className="muted">Only keys this editor does not show changed; your changes can be re-applied as they are.</p>
      ) : (
        <table className="data-table compact" aria-label="Changes on the server">
          <thead>
            <tr>
              <th scope="col">Setting</th>
              <th scope="col">When you started</th>
              <th scope="col">Now on the server</th>
            </tr>
          </thead>
          <tbody>
            {serverChanges.map((change) => (
              <tr key={change.id}>
                <td className="cell-mono">{changeLabel(change)}</td>
                <td className="cell-mono diff-before">{shown(change.before)}</td>
                <td className="cell-mono diff-after">{shown(change.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {conflicts.length > 0 && (
        <div className="conflicts">
          <p>You and the server both changed these. Choose what to keep:</p>
          {conflicts.map((conflict) => {
            const choice = choices[conflict.id] ?? 'mine';
            const label = changeLabel(conflict);
            return (
              <fieldset key={conflict.id} className="conflict">
                <legend className="cell-mono">{label}</legend>
                <label>
                  <input
                    type="radio"
                    name={`conflict-${conflict.id}`}
                    checked={choice === 'mine'}
                    onChange={() => setChoices({ ...choices, [conflict.id]: 'mine' })}
                  />
                  Keep mine: <code>{shown(conflict.mine)}</code>
                </label>
                <label>
                  <input
                    type="radio"
                    name={`conflict-${conflict.id}`}
                    checked={choice === 'theirs'}
                    onChange={() => setChoices({ ...choices, [conflict.id]: 'theirs' })}
                  />
                  Take the server’s: <code>{shown(conflict.theirs)}</code>
                </label>
              </fieldset>
            );
          })}
        </div>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={!parsed.ok}
          aria-describedby={parsed.ok ? undefined : 'reapply-unavailable'}
          onClick={() => onReapply(choices)}
        >
          Re-apply my changes on the new version
        </button>
        <button type="button" className="button" onClick={onDiscard}>
          Discard my changes and load the new version
        </button>
        {!parsed.ok && (
          <span id="reapply-unavailable" className="muted">
            Fix the YAML errors first: only valid YAML can be re-applied.
          </span>
        )}
      </div>
    </section>
  );
}
