import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { indentUnit, syntaxHighlighting } from '@codemirror/language';
import { Annotation, Compartment, EditorState, RangeSet, StateEffect, StateField, type Extension } from '@codemirror/state';
import {
  Decoration,
  EditorView,
  GutterMarker,
  drawSelection,
  gutterLineClass,
  keymap,
  lineNumbers,
  placeholder as placeholderText,
} from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';
import { useEffect, useRef, type CSSProperties } from 'react';
import { withCspSafeStyles } from '@/lib/cspStyles';
import type { YamlEditorProps } from './YamlEditor';

/** Changes that come from the `value` prop, not from typing: not reported back through onChange. */
const fromProps = Annotation.define<boolean>();

const setMarkedLines = StateEffect.define<readonly number[]>();
const markedLinesField = StateField.define<readonly number[]>({
  create: () => [],
  update: (lines, transaction) => transaction.effects.reduce((current, effect) => (effect.is(setMarkedLines) ? effect.value : current), lines),
});

class MarkedLineGutter extends GutterMarker {
  override elementClass = 'cm-marked-line-number';
}
const markedGutter = new MarkedLineGutter();
const markedLine = Decoration.line({ class: 'cm-marked-line' });

/** Starts of the marked lines that exist in the current text, in order. */
function markedStarts(state: EditorState): number[] {
  const lines = [...new Set(state.field(markedLinesField))].filter((line) => line >= 1 && line <= state.doc.lines).sort((a, b) => a - b);
  return lines.map((line) => state.doc.line(line).from);
}

/** Lines with a problem (YAML error, the key LXD refused): a tinted line and a bold red number. */
const markedLines: Extension = [
  markedLinesField,
  EditorView.decorations.compute(['doc', markedLinesField], (state) =>
    Decoration.set(markedStarts(state).map((from) => markedLine.range(from))),
  ),
  gutterLineClass.compute(['doc', markedLinesField], (state) => RangeSet.of(markedStarts(state).map((from) => markedGutter.range(from)))),
];

// Colours come from the page's variables so light and dark schemes both keep their contrast.
const theme = EditorView.theme({
  '&': {
    border: '1px solid var(--border)',
    borderRadius: '6px',
    background: 'var(--surface)',
    color: 'var(--text)',
    fontSize: '13px',
  },
  '&.cm-focused': { outline: '2px solid var(--accent)', outlineOffset: '-1px' },
  '&.yaml-editor-invalid': { borderColor: 'var(--bad)' },
  '.cm-scroller': {
    fontFamily: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace",
    lineHeight: '20px',
    maxHeight: '620px',
    overflow: 'auto',
  },
  '.cm-content, .cm-gutter': { minHeight: 'calc(var(--yaml-editor-lines, 12) * 20px + 16px)' },
  '.cm-content': { padding: '8px 0', caretColor: 'var(--text)' },
  '.cm-gutters': { background: 'var(--surface-2)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
  '.cm-lineNumbers .cm-gutterElement': { padding: '0 8px 0 12px' },
  '.cm-marked-line': { background: 'var(--bad-bg)' },
  '.cm-marked-line-number': { color: 'var(--bad)', fontWeight: '700' },
  '.cm-placeholder': { color: 'var(--muted)' },
  '.cm-cursor': { borderLeftColor: 'var(--text)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground': { background: 'var(--info-bg)' },
});

function contentAttributes({ id, labelledBy, describedBy, invalid }: Pick<YamlEditorProps, 'id' | 'labelledBy' | 'describedBy' | 'invalid'>): Extension {
  const attributes: Record<string, string> = { id, 'aria-labelledby': labelledBy };
  if (describedBy) attributes['aria-describedby'] = describedBy;
  if (invalid) attributes['aria-invalid'] = 'true';
  return [EditorView.contentAttributes.of(attributes), EditorView.editorAttributes.of({ class: invalid ? 'yaml-editor-invalid' : '' })];
}

const readOnlyExtension = (readOnly: boolean | undefined): Extension => [EditorState.readOnly.of(!!readOnly), EditorView.editable.of(!readOnly)];

/** The smallest change that turns `from` into `to`, so the cursor stays where the user left it. */
function minimalChange(from: string, to: string) {
  let start = 0;
  const shorter = Math.min(from.length, to.length);
  while (start < shorter && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && from.charCodeAt(from.length - 1 - end) === to.charCodeAt(to.length - 1 - end)) end++;
  return { from: start, to: from.length - end, insert: to.slice(start, to.length - end) };
}

/**
 * CodeMirror 6 with YAML: line numbers, Tab indents (Escape then Tab moves on, for keyboard
 * users), lines with problems marked. Loaded on its own (see YamlEditor). The text is controlled
 * by the caller; edits made outside (the form, re-applying) come in through `value`.
 */
export default function CodeMirrorYaml(props: YamlEditorProps) {
  const { value, onChange, markedLines: lines = [], readOnly, placeholder, minLines = 12 } = props;
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView>(undefined);
  const onChangeRef = useRef(onChange);
  const compartments = useRef({ attributes: new Compartment(), readOnly: new Compartment(), placeholder: new Compartment() });

  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    if (!host.current) return;
    const { attributes, readOnly: readOnlyCompartment, placeholder: placeholderCompartment } = compartments.current;
    const state = EditorState.create({
      doc: value,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        indentUnit.of('  '),
        EditorState.tabSize.of(2),
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        yaml(),
        syntaxHighlighting(classHighlighter),
        markedLines,
        theme,
        attributes.of(contentAttributes(props)),
        readOnlyCompartment.of(readOnlyExtension(readOnly)),
        placeholderCompartment.of(placeholder ? placeholderText(placeholder) : []),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !update.transactions.some((transaction) => transaction.annotation(fromProps))) {
            onChangeRef.current(update.state.doc.toString());
          }
        }),
      ],
    });
    const created = withCspSafeStyles(() => new EditorView({ state, parent: host.current ?? undefined }));
    view.current = created;
    return () => {
      created.destroy();
      view.current = undefined;
    };
    // The view is made once; later prop changes are dispatched by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const current = view.current;
    if (!current) return;
    const text = current.state.doc.toString();
    if (text !== value) current.dispatch({ changes: minimalChange(text, value), annotations: fromProps.of(true) });
  }, [value]);

  const markedKey = lines.join(',');
  useEffect(() => {
    view.current?.dispatch({ effects: setMarkedLines.of(markedKey ? markedKey.split(',').map(Number) : []) });
  }, [markedKey]);

  const { id, labelledBy, describedBy, invalid } = props;
  useEffect(() => {
    view.current?.dispatch({
      effects: [
        compartments.current.attributes.reconfigure(contentAttributes({ id, labelledBy, describedBy, invalid })),
        compartments.current.readOnly.reconfigure(readOnlyExtension(readOnly)),
        compartments.current.placeholder.reconfigure(placeholder ? placeholderText(placeholder) : []),
      ],
    });
  }, [id, labelledBy, describedBy, invalid, readOnly, placeholder]);

  return <div ref={host} className="yaml-cm" style={{ '--yaml-editor-lines': minLines } as CSSProperties} />;
}
