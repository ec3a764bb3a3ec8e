import { useEffect, useRef, type ReactNode } from 'react';
import { useWriteReason } from './readOnly';

interface ConfirmDialogProps {
  title: string;
  /** Names what the action affects; for destructive actions, every object destroyed. */
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  pending?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** The action cannot be done: the dialog only explains (no confirm button; Cancel reads Close). */
  refused?: boolean;
  /** The confirm button waits for something in the dialog (a box to tick). */
  confirmDisabled?: boolean;
}

/** A modal confirmation on the native <dialog> element: focus trapping and Escape come for free. */
export function ConfirmDialog({ title, children, confirmLabel, danger, pending, onConfirm, onCancel, refused, confirmDisabled }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const readOnly = useWriteReason();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="confirm-title"
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <h2 id="confirm-title">{title}</h2>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel} disabled={pending} autoFocus={refused} data-view="">
          {refused ? 'Close' : 'Cancel'}
        </button>
        {!refused && (
          <button
            type="button"
            className={danger ? 'button button-danger' : 'button button-primary'}
            onClick={onConfirm}
            disabled={pending || confirmDisabled || !!readOnly}
            title={readOnly}
            autoFocus={!danger}
          >
            {pending ? 'Working…' : confirmLabel}
          </button>
        )}
      </div>
    </dialog>
  );
}
