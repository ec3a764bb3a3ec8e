import { useEffect, useRef } from 'react';

/** Pages mark their main filter input with this attribute; `/` focuses it. */
export const PAGE_FILTER_ATTRIBUTE = 'data-page-filter';

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'number', 'password', 'tel', 'url', 'date', 'datetime-local', 'month', 'time', 'week']);

function isTextField(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(element.type);
  return element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement || (element instanceof HTMLElement && element.isContentEditable);
}

/**
 * The palette's keys: Ctrl+K or Cmd+K toggles it from anywhere except inside the terminal, where
 * Ctrl+K belongs to the shell, and while another dialog is open; `/` focuses the page's filter
 * unless the user is typing in a field.
 */
export function paletteKeyHandler(onToggle: () => void) {
  return (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    const target = event.target instanceof Element ? event.target : null;
    const otherDialog = document.querySelector('dialog[open]:not(.palette)');
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
      if (target?.closest('.xterm') || otherDialog) return;
      event.preventDefault();
      onToggle();
      return;
    }
    if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTextField(target) && !otherDialog) {
      const filter = document.querySelector<HTMLInputElement>(`[${PAGE_FILTER_ATTRIBUTE}]`);
      if (!filter || document.querySelector('dialog.palette[open]')) return;
      event.preventDefault();
      filter.focus();
      filter.select();
    }
  };
}

/** Listens on the whole document. This hook is in the main bundle; the palette is not. */
export function usePaletteHotkeys(onToggle: () => void) {
  // The listener stays put while the handler it calls is always the latest one given.
  const latest = useRef(onToggle);
  useEffect(() => {
    latest.current = onToggle;
  });
  useEffect(() => {
    const onKeyDown = paletteKeyHandler(() => latest.current());
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
