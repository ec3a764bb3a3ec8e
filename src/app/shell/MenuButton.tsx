import type { FocusEventHandler, KeyboardEventHandler, Ref } from 'react';

interface MenuButtonProps {
  open: boolean;
  controls: string;
  onToggle: () => void;
  onKeyDown: KeyboardEventHandler;
  onBlur: FocusEventHandler;
  buttonRef: Ref<HTMLButtonElement>;
}

/** Shown below 768 px only (styles.css); opens the sidebar over the content. */
export function MenuButton({ open, controls, onToggle, onKeyDown, onBlur, buttonRef }: MenuButtonProps) {
  return (
    <button
      ref={buttonRef}
      type="button"
      className="button menu-button"
      aria-expanded={open}
      aria-controls={controls}
      onClick={onToggle}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M2 4h12M2 8h12M2 12h12" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      <span className="visually-hidden">Menu</span>
    </button>
  );
}
