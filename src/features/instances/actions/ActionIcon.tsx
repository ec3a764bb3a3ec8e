import type { ReactNode } from 'react';
import type { InstanceActionKind } from './instanceActionRules';

const PATHS: Partial<Record<InstanceActionKind, ReactNode>> = {
  start: <path d="M5 3l8 5-8 5z" fill="currentColor" />,
  stop: <rect x="4" y="4" width="8" height="8" rx="1" fill="currentColor" />,
  'force-stop': (
    <>
      <rect x="3" y="3" width="10" height="10" rx="1" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M6 6l4 4M10 6l-4 4" stroke="currentColor" strokeWidth="1.6" />
    </>
  ),
  restart: (
    <>
      <path d="M12.5 8a4.5 4.5 0 1 1-1.3-3.2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M12.8 2.5v3h-3" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </>
  ),
  freeze: (
    <>
      <rect x="4" y="3.5" width="2.8" height="9" fill="currentColor" />
      <rect x="9.2" y="3.5" width="2.8" height="9" fill="currentColor" />
    </>
  ),
  unfreeze: (
    <>
      <rect x="3" y="3.5" width="2.4" height="9" fill="currentColor" />
      <path d="M7 3.5l6 4.5-6 4.5z" fill="currentColor" />
    </>
  ),
  delete: (
    <path
      d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 8.5h5.8l.6-8.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinejoin="round"
    />
  ),
};

/** Small glyphs for the compact row buttons; the buttons carry the accessible names. */
export function ActionIcon({ action }: { action: InstanceActionKind }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {PATHS[action]}
    </svg>
  );
}
