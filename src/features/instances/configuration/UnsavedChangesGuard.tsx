import { useEffect, type RefObject } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '@/components/ConfirmDialog';

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
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => when && !allow?.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [when]);
  if (blocker.state !== 'blocked') return null;
  return (
    <ConfirmDialog
      title="Leave without saving?"
      confirmLabel="Leave and discard"
      danger
      onConfirm={() => blocker.proceed()}
      onCancel={() => blocker.reset()}
    >
      <p>Leaving this page discards {what}.</p>
    </ConfirmDialog>
  );
}
