import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useLxdClient } from '@/api/client-context';
import { projectQueries } from '@/api/projects/queries';

interface RestrictionFieldsProps {
  restricted: boolean;
  projects: readonly string[];
  onChange: (next: { restricted: boolean; projects: string[] }) => void;
  /** The problem with the choice (no project chosen), or LXD's refusal about it. */
  error?: string;
}

/**
 * Who a certificate lets in: everything, or only the chosen projects. Projects that LXD no longer
 * has but the certificate still names stay listed, so saving does not drop them unseen.
 */
export function RestrictionFields({ restricted, projects, onChange, error }: RestrictionFieldsProps) {
  const client = useLxdClient();
  const id = useId();
  const known = useQuery(projectQueries.list(client));
  const names = [...new Set([...(known.data ?? []).map((project) => project.name), ...projects])].sort();
  const toggle = (name: string, on: boolean) =>
    onChange({ restricted, projects: on ? [...projects, name].sort() : projects.filter((project) => project !== name) });
  return (
    <fieldset className="trust-restriction" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>Access</legend>
      <label className="form-check">
        <input type="radio" name={`${id}-scope`} checked={!restricted} onChange={() => onChange({ restricted: false, projects: [...projects] })} />
        The whole server (every project, and the server&apos;s settings)
      </label>
      <label className="form-check">
        <input type="radio" name={`${id}-scope`} checked={restricted} onChange={() => onChange({ restricted: true, projects: [...projects] })} />
        Only these projects
      </label>
      {restricted && (
        <ul className="trust-projects" aria-label="Projects it may use">
          {known.isPending && <li className="muted">Reading projects…</li>}
          {known.isError && <li className="field-error">The projects could not be read.</li>}
          {names.map((name) => (
            <li key={name}>
              <label className="form-check">
                <input type="checkbox" checked={projects.includes(name)} onChange={(event) => toggle(name, event.target.checked)} />
                {name}
              </label>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
