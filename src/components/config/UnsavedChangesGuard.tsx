import type { RefObject } from 'react';
import { LeaveGuard } from '@/components/LeaveGuard';

interface UnsavedChangesGuardProps {
  /** There is typed text that leaving would lose. */
  when: boolean;
  /** Names what would be lost, e.g. "your changes to the configuration of web". */
  what: string;
  /** Set to true just before a navigation the page makes itself (after a save), which must not be asked about. */
  allow?: RefObject<boolean>;
}

/** Asks before a navigation or reload throws away what the user typed. */
export function UnsavedChangesGuard({ when, what, allow }: UnsavedChangesGuardProps) {
  return (
    <LeaveGuard when={when} title="Leave without saving?" confirmLabel="Leave and discard" allow={allow}>
      <p>Leaving this page discards {what}.</p>
    </LeaveGuard>
  );
}
