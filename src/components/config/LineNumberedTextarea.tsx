import { useRef } from 'react';
import './lineNumberedTextarea.css';

export interface LineNumberedTextareaProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** 1-based lines to mark in the gutter (YAML errors, the key LXD refused). */
  markedLines?: readonly number[];
  describedBy?: string;
  /** Id of the visible label, when the label is not a `<label for>` (the loading stand-in). */
  labelledBy?: string;
  invalid?: boolean;
  rows?: number;
  readOnly?: boolean;
  placeholder?: string;
}

/**
 * A plain textarea with line numbers, so errors can point at a line: for short YAML fields (the
 * create page's cloud-init user-data), and the stand-in while the full YAML editor loads. The
 * text is fully controlled by the caller: nothing here resets it when data around it changes.
 */
export function LineNumberedTextarea({
  id,
  value,
  onChange,
  markedLines = [],
  describedBy,
  labelledBy,
  invalid,
  rows = 16,
  readOnly,
  placeholder,
}: LineNumberedTextareaProps) {
  const gutter = useRef<HTMLPreElement>(null);
  const lineCount = Math.max(1, value.split('\n').length);
  const marked = new Set(markedLines);
  return (
    <div className={`yaml-editor${invalid ? ' yaml-editor-invalid' : ''}`}>
      <pre className="yaml-gutter" aria-hidden="true" ref={gutter}>
        {Array.from({ length: lineCount }, (_, index) => (
          <span key={index} className={marked.has(index + 1) ? 'yaml-line-marked' : undefined}>
            {index + 1}
            {'\n'}
          </span>
        ))}
      </pre>
      <textarea
        id={id}
        className="yaml-text"
        value={value}
        rows={rows}
        wrap="off"
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        readOnly={readOnly}
        placeholder={placeholder}
        aria-labelledby={labelledBy}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
        onScroll={(event) => {
          if (gutter.current) gutter.current.scrollTop = event.currentTarget.scrollTop;
        }}
      />
    </div>
  );
}
