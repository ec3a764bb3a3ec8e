import { ConfirmDialog } from '@/components/ConfirmDialog';
import type { LxdSnapshot } from '@/lxd';
import { formatDate } from '@/lib/format';

interface SnapshotDialogProps {
  instance: string;
  snapshot: LxdSnapshot;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Names what a restore throws away: the instance's state since the snapshot was taken. */
export function RestoreSnapshotDialog({ instance, snapshot, running, pending, onConfirm, onCancel }: SnapshotDialogProps & { running: boolean }) {
  const taken = formatDate(snapshot.created_at);
  return (
    <ConfirmDialog title="Restore snapshot?" confirmLabel="Restore snapshot" danger pending={pending} onConfirm={onConfirm} onCancel={onCancel}>
      <p>
        Restore <strong>{instance}</strong> to snapshot <strong>{snapshot.name}</strong>, taken {taken}?
      </p>
      <p>
        The current state of <strong>{instance}</strong> is lost: every file written and every configuration change made
        since {taken} is replaced by the snapshot&apos;s copy. This cannot be undone; to keep the current state, create a
        snapshot of it first.
      </p>
      {running && (
        <p>
          <strong>{instance}</strong> is running: it is stopped for the restore and started again.
        </p>
      )}
    </ConfirmDialog>
  );
}

export function DeleteSnapshotDialog({ instance, snapshot, pending, onConfirm, onCancel }: SnapshotDialogProps) {
  return (
    <ConfirmDialog title="Delete snapshot?" confirmLabel="Delete snapshot" danger pending={pending} onConfirm={onConfirm} onCancel={onCancel}>
      <p>
        Delete snapshot <strong>{snapshot.name}</strong> of <strong>{instance}</strong>, taken{' '}
        {formatDate(snapshot.created_at)}?
      </p>
      <p>The snapshot and its copy of the instance&apos;s files are removed. This cannot be undone.</p>
    </ConfirmDialog>
  );
}
