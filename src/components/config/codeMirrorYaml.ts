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
import { withCspSafeStyles } from '@/lib/cspStyles';

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

/** What the editor shows around the text: ARIA and state from the surrounding form. */
export interface YamlEditorSettings {
  /** Id of the editable element. */
  id: string;
  labelledBy: string;
  describedBy?: string;
  invalid?: boolean;
  readOnly?: boolean;
  placeholder?: string;
}

export interface YamlEditorHandle {
  /** Replaces the text (an edit made outside the editor); not reported through onChange. */
  setValue(value: string): void;
  setMarkedLines(lines: readonly number[]): void;
  configure(settings: YamlEditorSettings): void;
  focus(): void;
  destroy(): void;
}

function settingsExtension({ id, labelledBy, describedBy, invalid, readOnly, placeholder }: YamlEditorSettings): Extension {
  const attributes: Record<string, string> = { id, 'aria-labelledby': labelledBy };
  if (describedBy) attributes['aria-describedby'] = describedBy;
  if (invalid) attributes['aria-invalid'] = 'true';
  return [
    EditorView.contentAttributes.of(attributes),
    EditorView.editorAttributes.of({ class: invalid ? 'yaml-editor-invalid' : '' }),
    EditorState.readOnly.of(!!readOnly),
    EditorView.editable.of(!readOnly),
    placeholder ? placeholderText(placeholder) : [],
  ];
}

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
 * CodeMirror 6 with YAML in `parent`: line numbers, Tab indents (Escape then Tab moves on, for
 * keyboard users), lines with problems marked. No React here: this module is its own chunk,
 * loaded the first time an editor is shown (see YamlEditor.tsx).
 */
export function mountYamlEditor(
  parent: HTMLElement,
  value: string,
  settings: YamlEditorSettings,
  onChange: (value: string) => void,
): YamlEditorHandle {
  const settingsCompartment = new Compartment();
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
      settingsCompartment.of(settingsExtension(settings)),
      EditorView.updateListener.of((update) => {
        if (update.docChanged && !update.transactions.some((transaction) => transaction.annotation(fromProps))) {
          onChange(update.state.doc.toString());
        }
      }),
    ],
  });
  // style-mod writes CodeMirror's CSS into a <style> element, which the CSP refuses.
  const view = withCspSafeStyles(() => new EditorView({ state, parent }));
  return {
    setValue: (next) => {
      const text = view.state.doc.toString();
      if (text !== next) view.dispatch({ changes: minimalChange(text, next), annotations: fromProps.of(true) });
    },
    setMarkedLines: (lines) => view.dispatch({ effects: setMarkedLines.of(lines) }),
    configure: (next) => view.dispatch({ effects: settingsCompartment.reconfigure(settingsExtension(next)) }),
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
