import { ActionButton } from './reasons';
import type { ReactNode } from 'react';

interface SelectionBarProps {
  count: number;
  /** Opens the dialog that confirms deleting the selected rows. */
  onDelete: () => void;
  onClear: () => void;
  /** Other bulk actions, before Delete. */
  children?: ReactNode;
}

/** Above a list with selected rows: how many, the bulk actions, Delete… and Clear selection. */
export function SelectionBar({ count, onDelete, onClear, children }: SelectionBarProps) {
  if (count === 0) return null;
  return (
    <div className="bulk-bar" role="toolbar" aria-label="Bulk actions">
      <span className="bulk-count">{count} selected</span>
      {children}
      <ActionButton write className="button button-danger" aria-haspopup="dialog" onClick={onDelete}>
        Delete…
      </ActionButton>
      <button type="button" className="button" onClick={onClear} data-view="">
        Clear selection
      </button>
    </div>
  );
}
