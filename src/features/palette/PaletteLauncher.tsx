import { lazyPart } from '@/components/lazyPart';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { usePaletteHotkeys } from './usePaletteHotkeys';

const loadPalette = () => import('./CommandPalette');
// Outside any page's error boundary: a fetch that fails (LXD unreachable) shows nothing, not a blank page.
const CommandPalette = lazyPart(async () => (await loadPalette()).default);

const APPLE = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

interface PaletteLauncherProps {
  project: string;
  /** After the palette opened a page: where focus should go (the content area). */
  onNavigated: () => void;
}

/**
 * The topbar's "Go to" button and the keys that open the palette. Only this and the key hook are
 * in the main bundle; the palette itself is fetched on first use (or when the button is hovered).
 */
export function PaletteLauncher({ project, onNavigated }: PaletteLauncherProps) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  // What gets focus once the dialog is gone: the dialog's own close restores focus first, so this
  // runs after it (an effect of this component runs after the palette's cleanup).
  const afterClose = useRef<(() => void) | null>(null);

  const show = useCallback(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  }, []);

  const close = useCallback(
    (navigated: boolean) => {
      const back = opener.current;
      afterClose.current = navigated ? onNavigated : () => back?.isConnected && back.focus();
      setOpen(false);
    },
    [onNavigated],
  );

  usePaletteHotkeys(() => (open ? close(false) : show()));

  useEffect(() => {
    if (open || !afterClose.current) return;
    afterClose.current();
    afterClose.current = null;
  }, [open]);

  return (
    <>
      <button
        type="button"
        className="button palette-button"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K"
        onClick={show}
        onPointerEnter={() => void loadPalette()}
        onFocus={() => void loadPalette()}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M10.5 10.5 14 14" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
        <span className="palette-button-label">Go to…</span>
        <kbd className="palette-button-keys" aria-hidden="true">
          {APPLE ? '⌘K' : 'Ctrl K'}
        </kbd>
      </button>
      {open &&
        createPortal(
          <CommandPalette project={project} onClose={close} />,
          document.body,
        )}
    </>
  );
}
