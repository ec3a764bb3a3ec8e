import { useState } from 'react';
import { useBulkInstanceAction, type BulkOutcome } from '@/api/instances/mutations';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { REASON_TEXT, type BlockReason } from './instanceActionRules';

export interface DeleteTarget {
  name: string;
  /** Snapshot names when known (the detail page reads them), to name everything destroyed. */
  snapshots?: readonly string[];
}

interface DeleteInstancesDialogProps {
  project: string;
  /** Fixed when the dialog opens: a change seen meanwhile must not change what the user confirmed. */
  targets: readonly DeleteTarget[];
  /** Selected instances that will not be deleted, and why. */
  skipped?: readonly { name: string; reason: BlockReason }[];
  onDeleted: (names: string[]) => void;
  onCancel: () => void;
}

/**
 * Confirms a delete naming every instance (and, when known, every snapshot) destroyed. LXD's
 * refusals are shown in the dialog, per instance; what was deleted is gone from the list, what
 * failed stays to retry or cancel.
 */
export function DeleteInstancesDialog({ project, targets, skipped = [], onDeleted, onCancel }: DeleteInstancesDialogProps) {
  const bulk = useBulkInstanceAction(project);
  const [remaining, setRemaining] = useState(() => targets.map((target) => target.name));
  const [failures, setFailures] = useState<BulkOutcome[]>([]);
  const shown = targets.filter((target) => remaining.includes(target.name));
  const count = shown.length;
  const noun = count === 1 ? `instance ${shown[0]?.name ?? ''}` : `${count} instances`;

  // mutateAsync, not mutate's callbacks: the page behind may unmount this dialog as soon as
  // LXD's delete event arrives, and the caller must still hear that the delete is done.
  const confirm = async () => {
    const outcomes = await bulk.mutateAsync({ kind: 'delete', names: remaining });
    const failed = outcomes.filter((outcome) => outcome.error);
    if (failed.length === 0) {
      onDeleted(remaining);
      return;
    }
    setFailures(failed);
    setRemaining(failed.map((outcome) => outcome.name));
  };

  return (
    <ConfirmDialog
      title={`Delete ${noun}?`}
      confirmLabel={failures.length ? 'Try again' : `Delete ${count === 1 ? 'instance' : `${count} instances`}`}
      danger
      pending={bulk.isPending}
      onConfirm={() => void confirm().catch(() => undefined)}
      onCancel={onCancel}
    >
      <p>This permanently deletes, with {count === 1 ? 'its' : 'their'} snapshots and backups:</p>
      <ul className="delete-list" aria-label="Instances to delete">
        {shown.map((target) => (
          <li key={target.name}>
            <strong>{target.name}</strong>
            {target.snapshots && target.snapshots.length > 0 && (
              <span className="muted">
                {' '}
                and {target.snapshots.length === 1 ? 'snapshot' : 'snapshots'} {target.snapshots.join(', ')}
              </span>
            )}
          </li>
        ))}
      </ul>
      {skipped.length > 0 && (
        <>
          <p>Not deleted:</p>
          <ul className="delete-list" aria-label="Instances not deleted">
            {skipped.map((entry) => (
              <li key={entry.name}>
                {entry.name} <span className="muted">— {REASON_TEXT[entry.reason]}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {failures.length > 0 && (
        <div role="alert" className="delete-failures">
          <p>LXD refused:</p>
          <ul>
            {failures.map((failure) => (
              <li key={failure.name}>
                {failure.name}: {failure.error}
              </li>
            ))}
          </ul>
        </div>
      )}
    </ConfirmDialog>
  );
}
