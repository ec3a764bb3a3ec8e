import { lazy, Suspense } from 'react';
import { LineNumberedTextarea } from './LineNumberedTextarea';
import './yamlEditor.css';

export interface YamlEditorProps {
  /** Id of the editable element (CodeMirror's content element). */
  id: string;
  /** Id of the visible label: the editable element is not a form control, so `<label for>` cannot name it. */
  labelledBy: string;
  value: string;
  onChange: (value: string) => void;
  /** 1-based lines to mark (YAML errors, the key LXD refused). */
  markedLines?: readonly number[];
  describedBy?: string;
  invalid?: boolean;
  readOnly?: boolean;
  placeholder?: string;
  /** Height in lines before it scrolls less (it grows with the text up to ~30 lines). */
  minLines?: number;
}

// CodeMirror (~150 kB) is its own chunk, fetched the first time an editor is shown.
const CodeMirrorYaml = lazy(() => import('./CodeMirrorYaml'));

/**
 * The whole-object YAML editor. While CodeMirror loads, the text is shown read-only in a plain
 * textarea. `#<id>-value` always holds the current text (a hidden, read-only textarea), which is
 * how tests and form code read it without knowing CodeMirror.
 */
export function YamlEditor(props: YamlEditorProps) {
  const { id, value, labelledBy, describedBy, invalid, minLines = 12 } = props;
  return (
    <div className="yaml-editor-host">
      <Suspense
        fallback={
          <LineNumberedTextarea
            id={id}
            value={value}
            onChange={() => {}}
            readOnly
            labelledBy={labelledBy}
            describedBy={describedBy}
            invalid={invalid}
            rows={minLines}
          />
        }
      >
        <CodeMirrorYaml {...props} />
      </Suspense>
      <textarea id={`${id}-value`} value={value} readOnly hidden aria-hidden="true" tabIndex={-1} />
    </div>
  );
}
