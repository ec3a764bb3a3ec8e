import { useRef } from 'react';
import './yamlEditor.css';

interface YamlEditorProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** 1-based lines to mark in the gutter (YAML errors, the key LXD refused). */
  markedLines?: readonly number[];
  describedBy?: string;
  invalid?: boolean;
  rows?: number;
  readOnly?: boolean;
  placeholder?: string;
}

/**
 * A plain textarea with line numbers, so errors can point at a line. The text is fully controlled
 * by the caller: nothing here resets it when data around it changes.
 */
export function YamlEditor({ id, value, onChange, markedLines = [], describedBy, invalid, rows = 16, readOnly, placeholder }: YamlEditorProps) {
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
