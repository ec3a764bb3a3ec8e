import type { YamlProblem } from './editableInstance';
import { YamlEditor } from './YamlEditor';

interface YamlSectionProps {
  text: string;
  onChange: (text: string) => void;
  problems: readonly YamlProblem[];
  markedLines: readonly number[];
  /** LXD's refusal of the last save, with the line of the key it names. */
  refusal?: { message: string; line?: number };
}

/** The YAML editor with its problems (each with its line) and LXD's refusal right under it. */
export function YamlSection({ text, onChange, problems, markedLines, refusal }: YamlSectionProps) {
  const describedBy = ['config-yaml-hint', problems.length > 0 ? 'config-yaml-problems' : '', refusal ? 'config-save-error' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="form-field">
      <label htmlFor="config-yaml">Configuration (YAML)</label>
      <span id="config-yaml-hint" className="form-hint muted">
        description, config, devices, profiles and ephemeral of this instance. LXD’s <code>volatile.*</code> keys are not shown
        and are kept as they are.
      </span>
      <YamlEditor
        id="config-yaml"
        value={text}
        onChange={onChange}
        rows={Math.min(30, Math.max(12, text.split('\n').length + 1))}
        markedLines={markedLines}
        invalid={problems.length > 0 || !!refusal}
        describedBy={describedBy}
      />
      {problems.length > 0 && (
        <ul id="config-yaml-problems" className="field-error yaml-problems" role="alert">
          {problems.map((problem, index) => (
            <li key={index}>
              {problem.line ? `Line ${problem.line}: ` : ''}
              {problem.message}
            </li>
          ))}
        </ul>
      )}
      {refusal && (
        <p id="config-save-error" className="form-error" role="alert">
          LXD refused the change{refusal.line ? ` (line ${refusal.line})` : ''}: {refusal.message}
        </p>
      )}
    </div>
  );
}
