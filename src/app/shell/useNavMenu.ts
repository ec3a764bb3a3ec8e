import { useCallback, useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useLocation } from 'react-router';

/**
 * The sidebar as a disclosure below 768 px: a button (aria-expanded / aria-controls) shows it
 * over the content. It closes on Escape (focus back on the button), when focus or a tap goes
 * elsewhere, and after any navigation: the open state is tied to the location it was opened
 * at, so a route change from anywhere (a link, the palette, Back) closes it without an effect.
 * At 768 px and wider the sidebar is always shown and none of this applies.
 */
export function useNavMenu() {
  const location = useLocation();
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === location.key;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const navRef = useRef<HTMLElement>(null);
  const contentRef = useRef<HTMLElement>(null);

  // Opening moves focus to the current section's link, so arrow-free Tab starts there.
  useEffect(() => {
    if (!open) return;
    const nav = navRef.current;
    (nav?.querySelector<HTMLElement>('[aria-current]') ?? nav?.querySelector<HTMLElement>('a'))?.focus();
  }, [open]);

  const close = useCallback(() => setOpenAt(null), []);

  const toggle = useCallback(() => setOpenAt((current) => (current === location.key ? null : location.key)), [location.key]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !open || event.defaultPrevented) return;
      event.preventDefault();
      close();
      buttonRef.current?.focus();
    },
    [open, close],
  );

  /** Focus leaving for somewhere other than the menu or its button closes the menu. */
  const onBlur = useCallback(
    (event: FocusEvent) => {
      const next = event.relatedTarget;
      if (!open || !(next instanceof Node)) return;
      if (navRef.current?.contains(next) || buttonRef.current?.contains(next)) return;
      close();
    },
    [open, close],
  );

  /**
   * A link in the open menu was followed: the menu hides, taking the focused link with it, so
   * focus goes to the content area where the new page appears.
   */
  const onNavigate = useCallback(() => {
    if (!open) return;
    close();
    contentRef.current?.focus({ preventScroll: true });
  }, [open, close]);

  return { open, toggle, close, onKeyDown, onBlur, onNavigate, buttonRef, navRef, contentRef };
}
