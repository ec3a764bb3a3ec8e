import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import type { YamlEditorHandle, mountYamlEditor } from './codeMirrorYaml';
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
  /** Height in lines for short text (longer text grows the editor up to ~30 lines, then scrolls). */
  minLines?: number;
}

// CodeMirror (~330 kB, ~110 kB gzipped) is its own chunk, fetched the first time an editor is shown.
const loadCodeMirror = () => import('./codeMirrorYaml');

/**
 * The whole-object YAML editor (CodeMirror 6). Until CodeMirror has loaded, the text is shown
 * read-only in a plain textarea. `#<id>-value` always holds the current text (a hidden, read-only
 * textarea): tests and other code read it there without knowing CodeMirror.
 */
export function YamlEditor({
  id,
  labelledBy,
  value,
  onChange,
  markedLines = [],
  describedBy,
  invalid,
  readOnly,
  placeholder,
  minLines = 12,
}: YamlEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const [mount, setMount] = useState<{ run: typeof mountYamlEditor }>();
  const [editor, setEditor] = useState<YamlEditorHandle>();
  const [loadError, setLoadError] = useState(false);
  const latest = useRef({ value, onChange, settings: { id, labelledBy, describedBy, invalid, readOnly, placeholder } });
  useEffect(() => {
    latest.current = { value, onChange, settings: { id, labelledBy, describedBy, invalid, readOnly, placeholder } };
  });

  useEffect(() => {
    let cancelled = false;
    loadCodeMirror().then(
      ({ mountYamlEditor }) => {
        if (!cancelled) setMount({ run: mountYamlEditor });
      },
      () => {
        if (!cancelled) setLoadError(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  // Mounted in the same commit that removes the plain textarea (a layout effect runs after React's
  // DOM changes and before paint): the page never has two elements with the editor's id.
  useLayoutEffect(() => {
    if (!mount || !host.current) return;
    const { value: text, settings } = latest.current;
    const mounted = mount.run(host.current, text, settings, (next) => latest.current.onChange(next));
    setEditor(mounted);
    return () => mounted.destroy();
  }, [mount]);

  useEffect(() => editor?.setValue(value), [editor, value]);
  const markedKey = markedLines.join(',');
  useEffect(() => editor?.setMarkedLines(markedKey ? markedKey.split(',').map(Number) : []), [editor, markedKey]);
  useEffect(
    () => editor?.configure({ id, labelledBy, describedBy, invalid, readOnly, placeholder }),
    [editor, id, labelledBy, describedBy, invalid, readOnly, placeholder],
  );

  return (
    <div className="yaml-editor-host">
      {!mount && (
        // Until CodeMirror is there (or if its chunk cannot be fetched, e.g. after an upgrade of
        // the server's files): the plain editor, editable only in the second case.
        <LineNumberedTextarea
          id={id}
          value={value}
          onChange={onChange}
          readOnly={readOnly || !loadError}
          labelledBy={labelledBy}
          describedBy={describedBy}
          invalid={invalid}
          markedLines={markedLines}
          placeholder={placeholder}
          rows={minLines}
        />
      )}
      {/* Empty until CodeMirror is mounted into it. */}
      <div ref={host} className="yaml-cm" style={{ '--yaml-editor-lines': minLines } as CSSProperties} />
      <textarea id={`${id}-value`} value={value} readOnly hidden />
    </div>
  );
}
