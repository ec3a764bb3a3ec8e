import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useWriteReason } from './readOnly';

export interface RowMenuItem {
  label: string;
  onSelect: () => void;
  /** Set when the action cannot apply now: the item stays listed, disabled, and says why. */
  disabledReason?: string;
  danger?: boolean;
  /** Accessible name when the label alone is ambiguous in a table (`Delete web-01`). */
  ariaLabel?: string;
  /** The item opens a dialog. */
  opensDialog?: boolean;
  /** The item only shows or fetches something (download, export): read-only mode leaves it on. */
  view?: boolean;
}

interface RowMenuProps {
  /** Accessible name of the button, e.g. `More actions for web-01`. */
  label: string;
  items: readonly RowMenuItem[];
}

/**
 * The "⋯" menu of a row (WAI-ARIA menu button): the row's secondary and destructive actions, so
 * every row keeps a small, reachable actions cell. Arrow keys move, Enter chooses, Escape closes
 * and returns focus. The menu is positioned fixed beside its button, so a table's scroll box does
 * not clip it.
 */
export function RowMenu({ label, items: givenItems }: RowMenuProps) {
  const id = useId();
  // Every item changes something unless it says otherwise: read-only mode disables it with its reason.
  const readOnly = useWriteReason();
  const items = readOnly ? givenItems.map((item) => (item.view ? item : { ...item, disabledReason: readOnly })) : givenItems;
  const [open, setOpen] = useState(false);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  /** Where the button was when the menu was placed beside it. */
  const placedAt = useRef<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    if (!open || !button.current || !menu.current) return;
    const anchor = button.current.getBoundingClientRect();
    placedAt.current = { top: anchor.top, left: anchor.left };
    const size = menu.current.getBoundingClientRect();
    const below = anchor.bottom + 4 + size.height <= window.innerHeight;
    setPosition({
      top: below ? anchor.bottom + 4 : Math.max(4, anchor.top - 4 - size.height),
      left: Math.max(4, Math.min(anchor.right - size.width, window.innerWidth - size.width - 4)),
    });
  }, [open]);

  // Once placed (a hidden menu cannot take focus), the first item that can be used gets it.
  // Without scrolling: the menu is fixed on screen, but it sits inside the table's scroll box, which
  // the browser would otherwise scroll "to reveal it", and a scroll closes the menu.
  const placed = position !== null;
  useEffect(() => {
    // When every item is disabled (read-only mode), the first still takes focus: disabled menu
    // items stay focusable, so the keys, Escape included, keep working.
    if (open && placed)
      (
        menu.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ??
        menu.current?.querySelector<HTMLElement>('[role="menuitem"]')
      )?.focus({ preventScroll: true });
  }, [open, placed]);

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event.type === 'pointerdown' && (menu.current?.contains(event.target as Node) || button.current?.contains(event.target as Node))) return;
      // A scroll or resize closes the menu only if it moved the button away from the menu: the
      // scroll event of a scroll made just before opening arrives a frame later and moved nothing.
      if (event.type !== 'pointerdown' && button.current && placedAt.current) {
        const now = button.current.getBoundingClientRect();
        if (Math.abs(now.top - placedAt.current.top) < 1 && Math.abs(now.left - placedAt.current.left) < 1) return;
      }
      setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    window.addEventListener('resize', close);
    // A scroll of the page or the table would leave the menu floating away from its row.
    window.addEventListener('scroll', close, true);
    return () => {
      document.removeEventListener('pointerdown', close);
      window.removeEventListener('resize', close);
      window.removeEventListener('scroll', close, true);
    };
  }, [open]);

  const closeAndFocus = () => {
    setOpen(false);
    setPosition(null);
    button.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const entries = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = entries.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => entries[(to + entries.length) % entries.length]?.focus({ preventScroll: true });
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(entries.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') closeAndFocus();
      else setOpen(false);
      return;
    } else return;
    event.preventDefault();
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className="button icon-button row-menu-button"
        data-view=""
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => {
          setPosition(null);
          setOpen((value) => !value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <circle cx="3" cy="8" r="1.5" />
          <circle cx="8" cy="8" r="1.5" />
          <circle cx="13" cy="8" r="1.5" />
        </svg>
      </button>
      {open && (
        <ul
          ref={menu}
          id={`${id}-menu`}
          role="menu"
          aria-label={label}
          className="row-menu"
          style={position ? { top: position.top, left: position.left } : { visibility: 'hidden', top: 0, left: 0 }}
          onKeyDown={onMenuKey}
        >
          {items.map((item) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                className={item.danger ? 'row-menu-item is-danger' : 'row-menu-item'}
                aria-label={item.ariaLabel}
                aria-disabled={item.disabledReason ? true : undefined}
                aria-haspopup={item.opensDialog ? 'dialog' : undefined}
                title={item.disabledReason}
                data-view={item.view ? '' : undefined}
                onClick={() => {
                  if (item.disabledReason) return;
                  setOpen(false);
                  item.onSelect();
                }}
              >
                <span>{item.label}</span>
                {item.disabledReason && <span className="row-menu-reason">{item.disabledReason}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
