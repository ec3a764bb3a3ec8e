import { FitAddon } from '@xterm/addon-fit';
import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { useEffect, useRef, type RefObject } from 'react';
import { cspStyleDocument, withCspSafeStyles } from '@/lib/cspStyles';
import { TERMINAL_OPTIONS } from './terminalOptions';

/**
 * An xterm terminal in `element`, sized to it: the fit addon recomputes columns and rows
 * whenever the element changes size (panel, window, full screen); the stream hook passes the
 * new size on to LXD. Effects declared after this one (same `element`) find it in the ref. Ctrl+Shift+C / Ctrl+Shift+V copy the selection and paste.
 */
export function useXterm(element: HTMLElement | null): RefObject<Terminal | null> {
  const terminal = useRef<Terminal | null>(null);

  useEffect(() => {
    if (!element) return;
    const term = new Terminal({ ...TERMINAL_OPTIONS, documentOverride: cspStyleDocument() });
    const fit = new FitAddon();
    term.loadAddon(fit);
    withCspSafeStyles(() => term.open(element));
    const refit = () => {
      // A hidden or zero-sized element has no meaningful size.
      if (element.clientWidth > 0 && element.clientHeight > 0) fit.fit();
    };
    refit();
    term.attachCustomKeyEventHandler((event) => clipboardKeys(term, event));
    const observer = new ResizeObserver(refit);
    observer.observe(element);
    terminal.current = term;
    term.focus();
    return () => {
      observer.disconnect();
      term.dispose();
      terminal.current = null;
    };
  }, [element]);

  return terminal;
}

/** Returns false for the keys it handled, so xterm does not send them to the instance. */
function clipboardKeys(term: Terminal, event: KeyboardEvent): boolean {
  if (!event.ctrlKey || !event.shiftKey || event.altKey || event.metaKey) return true;
  const key = event.key.toLowerCase();
  if (key !== 'c' && key !== 'v') return true;
  if (event.type === 'keydown') {
    if (key === 'c' && term.hasSelection()) void navigator.clipboard?.writeText(term.getSelection());
    if (key === 'v') void navigator.clipboard?.readText().then((text) => term.paste(text), () => undefined);
  }
  event.preventDefault();
  return false;
}
