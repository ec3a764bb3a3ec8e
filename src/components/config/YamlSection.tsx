import type { YamlProblem } from '@/lib/config/editable';
import { YamlEditor } from './YamlEditor';

interface YamlSectionProps {
  idPrefix: string;
  /** What the YAML holds and what it leaves out, under the label. */
  hint: string;
  text: string;
  onChange: (text: string) => void;
  problems: readonly YamlProblem[];
  markedLines: readonly number[];
  /** LXD's refusal of the last save, with the line of the key it names. */
  refusal?: { message: string; line?: number };
  /** Read-only mode: the text can be read and copied, not edited. */
  readOnly?: boolean;
}

/** The YAML editor with its problems (each with its line) and LXD's refusal right under it. */
export function YamlSection({ idPrefix, hint, text, onChange, problems, markedLines, refusal, readOnly }: YamlSectionProps) {
  const id = `${idPrefix}-yaml`;
  const describedBy = [`${id}-hint`, problems.length > 0 ? `${id}-problems` : '', refusal ? `${idPrefix}-save-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="form-field">
      <span className="form-label" id={`${id}-label`}>
        Configuration (YAML)
      </span>
      <span id={`${id}-hint`} className="form-hint muted">
        {hint} Tab indents; press Escape, then Tab, to move on from the editor.
      </span>
      <YamlEditor
        id={id}
        labelledBy={`${id}-label`}
        value={text}
        onChange={onChange}
        minLines={Math.min(30, Math.max(12, text.split('\n').length + 1))}
        markedLines={markedLines}
        invalid={problems.length > 0 || !!refusal}
        describedBy={describedBy}
        readOnly={readOnly}
      />
      {problems.length > 0 && (
        // The alert is a wrapper: role="alert" on the <ul> itself would hide its list semantics.
        <div id={`${id}-problems`} className="field-error" role="alert">
          <ul className="yaml-problems">
            {problems.map((problem, index) => (
              <li key={index}>
                {problem.line ? `Line ${problem.line}: ` : ''}
                {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {refusal && (
        <p id={`${idPrefix}-save-error`} className="form-error" role="alert">
          LXD refused the change{refusal.line ? ` (line ${refusal.line})` : ''}: {refusal.message}
        </p>
      )}
    </div>
  );
}
