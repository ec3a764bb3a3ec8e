import { ConfirmDialog } from '@/components/ConfirmDialog';
import type { LxdSnapshotItem } from '@/lxd';
import { formatDate, isUnsetTime } from '@/lib/format';

interface SnapshotDialogProps {
  instance: string;
  /** `instance` or `volume`. */
  noun: string;
  snapshot: LxdSnapshotItem;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Names what a restore throws away: the instance's state since the snapshot was taken. */
export function RestoreSnapshotDialog({ instance, noun, snapshot, running, pending, onConfirm, onCancel }: SnapshotDialogProps & { running: boolean }) {
  // LXD 5.0 records no creation time for volume snapshots.
  const taken = isUnsetTime(snapshot.created_at) ? undefined : formatDate(snapshot.created_at);
  return (
    <ConfirmDialog title="Restore snapshot?" confirmLabel="Restore snapshot" danger pending={pending} onConfirm={onConfirm} onCancel={onCancel}>
      <p>
        Restore <strong>{instance}</strong> to snapshot <strong>{snapshot.name}</strong>{taken ? `, taken ${taken}` : ''}?
      </p>
      <p>
        The current state of <strong>{instance}</strong> is lost: every file written{noun === 'instance' ? ' and every configuration change made' : ''}
        {taken ? ` since ${taken}` : ' since the snapshot'} is replaced by the snapshot&apos;s copy. This cannot be undone; to keep the current state, create a
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

export function DeleteSnapshotDialog({ instance, noun, snapshot, pending, onConfirm, onCancel }: SnapshotDialogProps) {
  return (
    <ConfirmDialog title="Delete snapshot?" confirmLabel="Delete snapshot" danger pending={pending} onConfirm={onConfirm} onCancel={onCancel}>
      <p>
        Delete snapshot <strong>{snapshot.name}</strong> of <strong>{instance}</strong>
        {isUnsetTime(snapshot.created_at) ? '' : `, taken ${formatDate(snapshot.created_at)}`}?
      </p>
      <p>The snapshot and its copy of the {noun}&apos;s files are removed. This cannot be undone.</p>
    </ConfirmDialog>
  );
}
