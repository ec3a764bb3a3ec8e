import type { ReactNode } from 'react';
import type { InstanceActionKind } from './instanceActionRules';

const PATHS: Partial<Record<InstanceActionKind, ReactNode>> = {
  start: <path d="M4 2l10 6-10 6z" fill="currentColor" />,
  stop: <rect x="3" y="3" width="10" height="10" rx="1" fill="currentColor" />,
  'force-stop': (
    <>
      <rect x="2" y="2" width="12" height="12" rx="1" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M5.5 5.5l5 5M10.5 5.5l-5 5" stroke="currentColor" strokeWidth="1.8" />
    </>
  ),
  restart: (
    <>
      <path d="M13.5 8a5.5 5.5 0 1 1-1.6-3.9" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M13 1.5v3.5h-3.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
    </>
  ),
  freeze: (
    <>
      <rect x="3" y="2" width="3.6" height="12" fill="currentColor" />
      <rect x="9.4" y="2" width="3.6" height="12" fill="currentColor" />
    </>
  ),
  unfreeze: (
    <>
      <rect x="2" y="2" width="3" height="12" fill="currentColor" />
      <path d="M7 2l8 6-8 6z" fill="currentColor" />
    </>
  ),
  delete: (
    <path
      d="M2 4h12M6 4V2h4v2M3.8 4l.8 10h6.8l.8-10M6.5 7v4.5M9.5 7v4.5"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
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
