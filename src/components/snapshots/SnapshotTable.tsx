import { useCallback } from 'react';
import { ExpiringItemsTable } from '@/components/ExpiringItemsTable';
import type { SnapshotOwner } from '@/api/snapshots/keys';
import { snapshotOwnerName } from '@/api/snapshots/queries';
import type { LxdSnapshotItem } from '@/lxd';
import { SnapshotRenameForm } from './SnapshotRenameForm';
import { ActionButton } from '../reasons';

interface SnapshotTableProps {
  project: string;
  instance: SnapshotOwner;
  snapshots: LxdSnapshotItem[];
  renaming: string | null;
  /** Why row actions are unavailable right now (another snapshot action runs), with the id of that text. */
  busy: { reason: string; id: string } | null;
  onRename: (snapshot: string | null) => void;
  onRestore: (snapshot: LxdSnapshotItem) => void;
  onDelete: (snapshot: LxdSnapshotItem) => void;
}

export function SnapshotTable({ project, instance, snapshots, renaming, busy, onRename, onRestore, onDelete }: SnapshotTableProps) {
  const names = snapshots.map((snapshot) => snapshot.name);
  const renderName = useCallback(
    (snapshot: LxdSnapshotItem) =>
      renaming === snapshot.name ? (
        <SnapshotRenameForm project={project} instance={instance} snapshot={snapshot.name} taken={names} onDone={() => onRename(null)} />
      ) : undefined,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- names is derived from snapshots
    [renaming, project, instance, snapshots, onRename],
  );
  return (
    <ExpiringItemsTable
      label={`Snapshots of ${snapshotOwnerName(instance)}`}
      items={snapshots}
      rowAttribute="data-snapshot"
      rowClass={(snapshot) => (renaming === snapshot.name ? 'is-editing' : undefined)}
      renderName={renderName}
      primary={(snapshot) => (
        <ActionButton write
          type="button"
          className="button"
          aria-label={`Restore ${snapshot.name}`}
          aria-haspopup="dialog"
          onClick={() => onRestore(snapshot)}
          {...(busy ? { disabled: true, title: busy.reason, 'aria-describedby': busy.id } : {})}
        >
          Restore
        </ActionButton>
      )}
      menu={(snapshot) => [
        {
          label: 'Rename',
          ariaLabel: `Rename ${snapshot.name}`,
          disabledReason: renaming === snapshot.name ? 'Being renamed' : busy?.reason,
          onSelect: () => onRename(snapshot.name),
        },
        { label: 'Delete…', ariaLabel: `Delete ${snapshot.name}`, danger: true, opensDialog: true, disabledReason: busy?.reason, onSelect: () => onDelete(snapshot) },
      ]}
    />
  );
}
