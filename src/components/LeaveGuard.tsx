import { useEffect, type ReactNode, type RefObject } from 'react';
import { useNavigationBlocker } from './navigation';
import { ConfirmDialog } from './ConfirmDialog';

interface LeaveGuardProps {
  /** Leaving now would lose something. */
  when: boolean;
  title: string;
  confirmLabel: string;
  /** Says what leaving loses. */
  children: ReactNode;
  /** Set to true just before a navigation the page makes itself, which must not be asked about. */
  allow?: RefObject<boolean>;
}

/**
 * Asks before a navigation to another page (not a change of the query string) or a reload
 * throws something away: typed text, uploads under way.
 */
export function LeaveGuard({ when, title, confirmLabel, children, allow }: LeaveGuardProps) {
  const blocker = useNavigationBlocker(when, allow);
  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [when]);
  if (blocker.state !== 'blocked') return null;
  return (
    <ConfirmDialog title={title} confirmLabel={confirmLabel} danger onConfirm={() => blocker.proceed()} onCancel={() => blocker.reset()}>
      {children}
    </ConfirmDialog>
  );
}
