import { useSyncExternalStore, type ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';
import { ActionButton } from './reasons';
import { READ_ONLY_REASON, currentReadOnlyMode, subscribeReadOnly, type ReadOnlyMode } from '@/lib/readOnly';

/** Read-only mode now (`address`, `setting` or `off`), following the setting as it changes. */
export function useReadOnlyMode(): ReadOnlyMode {
  return useSyncExternalStore(subscribeReadOnly, currentReadOnlyMode, () => 'off');
}

/** `read-only mode` while it is on: the reason every write control gives for being disabled. */
export function useWriteReason(): string | undefined {
  return useReadOnlyMode() === 'off' ? undefined : READ_ONLY_REASON;
}

/** Says once, at the top of a form or editor, why its controls are disabled. */
export function ReadOnlyNote({ children = 'this form cannot be sent.' }: { children?: ReactNode }) {
  return (
    <p className="read-only-note" role="note">
      <strong>Read-only mode:</strong> {children}
    </p>
  );
}

/**
 * The fields of a form that changes something: in read-only mode a disabled fieldset turns every
 * input, select and button inside off at once, under a note that says why. No box of its own.
 */
export function WriteFieldset({ children, note, quiet }: { children: ReactNode; note?: ReactNode; quiet?: boolean }) {
  const readOnly = useWriteReason();
  return (
    <>
      {readOnly && !quiet && <ReadOnlyNote>{note}</ReadOnlyNote>}
      <fieldset className="write-fieldset" disabled={!!readOnly} data-write="">
        {children}
      </fieldset>
    </>
  );
}

/**
 * A link that leads to making something (a create page, launching from an image): in read-only
 * mode a disabled button with the reason instead, since the page it opens could not be sent.
 */
export function WriteLink({ to, className = 'button', children, ...rest }: LinkProps) {
  const readOnly = useWriteReason();
  if (!readOnly) {
    return (
      <Link to={to} className={className} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <ActionButton write className={typeof className === 'string' ? className : 'button'} aria-label={rest['aria-label']}>
      {children}
    </ActionButton>
  );
}
