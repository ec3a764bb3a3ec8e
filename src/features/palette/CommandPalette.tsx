import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { useClustered } from '@/api/cluster/useClustered';
import { highlightParts, type MatchRange } from './match';
import { rankItems } from './paletteItems';
import { PALETTE_SOURCES } from './sources';
import { usePaletteItems } from './usePaletteItems';
import './palette.css';

/** Results shown at once; typing narrows the rest. */
const SHOWN = 50;

export interface CommandPaletteProps {
  project: string;
  /** `navigated` is true when an item was chosen, false when the palette was dismissed. */
  onClose: (navigated: boolean) => void;
}

/**
 * "Go to": a modal dialog holding a combobox (the input) and its listbox of results. Focus
 * stays in the input; arrows move the active option (aria-activedescendant), Enter opens it,
 * Escape closes. Loaded on first use, in its own chunk.
 */
export default function CommandPalette({ project, onClose }: CommandPaletteProps) {
  const client = useLxdClient();
  const navigate = useNavigate();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const listboxId = `${ids}-listbox`;
  const optionId = (index: number) => `${ids}-option-${index}`;

  const clustered = useClustered();
  const context = useMemo(() => ({ client, project, clustered }), [client, project, clustered]);
  const { items, statuses } = usePaletteItems(PALETTE_SOURCES, context);
  const [{ query, active }, setState] = useState({ query: '', active: 0 });
  const ranked = useMemo(() => rankItems(items, query), [items, query]);
  const shown = ranked.slice(0, SHOWN);
  const activeIndex = Math.min(active, shown.length - 1);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  useEffect(() => {
    if (activeIndex >= 0) document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
    // optionId depends only on the stable useId value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeIndex]);

  const choose = (index: number) => {
    const item = shown[index];
    if (!item) return;
    onClose(true);
    navigate(item.path);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = (to: number) => {
      event.preventDefault();
      if (shown.length > 0) setState({ query, active: (to + shown.length) % shown.length });
    };
    if (event.key === 'ArrowDown') move(activeIndex + 1);
    else if (event.key === 'ArrowUp') move(activeIndex - 1);
    else if (event.key === 'PageDown') move(Math.min(shown.length - 1, activeIndex + 10));
    else if (event.key === 'PageUp') move(Math.max(0, activeIndex - 10));
    else if (event.key === 'Enter') {
      event.preventDefault();
      choose(activeIndex);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose(false);
    }
  };

  const pending = statuses.filter((source) => source.status === 'loading').map((source) => source.label);
  const failed = statuses.filter((source) => source.status === 'error');

  return (
    <dialog
      ref={dialogRef}
      className="palette"
      aria-labelledby={`${ids}-title`}
      // Escape reaching the dialog itself, or a close by the browser: either way, dismissed.
      onCancel={(event) => {
        event.preventDefault();
        onClose(false);
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === event.currentTarget) onClose(false);
      }}
    >
      <div className="palette-body">
        <h2 id={`${ids}-title`} className="visually-hidden">
          Go to
        </h2>
        <input
          className="input palette-input"
          type="text"
          role="combobox"
          aria-label="Go to an instance, profile, project or page"
          aria-expanded={shown.length > 0}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          placeholder="Type a name or a page…"
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={query}
          onChange={(event) => setState({ query: event.target.value, active: 0 })}
          onKeyDown={onKeyDown}
        />
        <ul id={listboxId} role="listbox" aria-label="Results" className="palette-list">
          {shown.map((item, index) => (
            <li
              key={`${item.kind}:${item.path}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className={index === activeIndex ? 'palette-option is-active' : 'palette-option'}
              // Keep focus in the input; the click itself chooses.
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => index !== activeIndex && setState({ query, active: index })}
              onClick={() => choose(index)}
            >
              <span className="palette-title">
                <Highlighted text={item.title} ranges={item.ranges} />
              </span>
              <span className="palette-kind">{item.kind}</span>
              {item.detail && <span className="palette-detail">{item.detail}</span>}
            </li>
          ))}
        </ul>
        <p className="palette-status muted" role="status">
          {shown.length === 0 ? 'No matches' : ranked.length > shown.length ? `${shown.length} of ${ranked.length} shown; type to narrow` : `${ranked.length} ${ranked.length === 1 ? 'result' : 'results'}`}
          {pending.length > 0 && ` · loading ${pending.join(', ')}…`}
          {failed.map((source) => ` · could not load ${source.label}: ${source.error?.message ?? 'unknown error'}`)}
        </p>
        <p className="palette-hint muted" aria-hidden="true">
          <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>Esc</kbd> close
        </p>
      </div>
    </dialog>
  );
}

/** The title with its matched characters in <mark>; every part is a text node. */
function Highlighted({ text, ranges }: { text: string; ranges: readonly MatchRange[] }) {
  return highlightParts(text, ranges).map((part, index) => (part.matched ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>));
}
