import { useQuery } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { useLxdClient } from '@/api/client-context';
import type { SnapshotOwner } from '@/api/snapshots/keys';
import { useDeleteSnapshot, useRestoreSnapshot, useSnapshotCreationPending } from '@/api/snapshots/mutations';
import { snapshotOwnerName, snapshotQueries } from '@/api/snapshots/queries';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import type { LxdSnapshotItem } from '@/lxd';
import { SnapshotCreateForm } from './SnapshotCreateForm';
import { DeleteSnapshotDialog, RestoreSnapshotDialog } from './SnapshotDialogs';
import { SnapshotTable } from './SnapshotTable';
import './snapshots.css';

type PendingAction = { kind: 'restore' | 'delete'; snapshot: LxdSnapshotItem };

interface SnapshotsPanelProps {
  project: string;
  /** An instance (by name) or a custom volume. */
  owner: SnapshotOwner;
  /** `snapshots.expiry` that LXD applies when no date is given, if any. */
  defaultExpiry: string | undefined;
  /** A running instance is stopped for a restore: the dialog says so. */
  running?: boolean;
  /** The automatic-snapshot section (the instance's own form, or where a volume sets it). */
  schedule: ReactNode;
}

/** Snapshots of an instance or a volume: create with expiry, list, restore, rename, delete, the schedule. */
export function SnapshotsPanel({ project, owner, defaultExpiry, running = false, schedule }: SnapshotsPanelProps) {
  const client = useLxdClient();
  const name = snapshotOwnerName(owner);
  const noun = typeof owner === 'string' ? 'instance' : 'volume';
  const snapshots = useQuery({
    ...snapshotQueries.list(client, project, owner),
    select: (list) => [...list].sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at)),
  });
  const restore = useRestoreSnapshot(project, owner);
  const remove = useDeleteSnapshot(project, owner);
  const creating = useSnapshotCreationPending(project, owner);
  const [confirming, setConfirming] = useState<PendingAction | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const busyId = useId();

  const busyReason = restore.isPending
    ? `Wait until the restore of ${restore.variables} has finished.`
    : remove.isPending
      ? `Wait until ${remove.variables} is deleted.`
      : creating
        ? 'Wait until LXD has finished creating the new snapshot.'
        : null;
  const busy = busyReason ? { reason: busyReason, id: busyId } : null;

  const confirm = () => {
    if (!confirming) return;
    const mutation = confirming.kind === 'restore' ? restore : remove;
    mutation.mutate(confirming.snapshot.name, { onSettled: () => setConfirming(null) });
  };

  return (
    <div className="data-tab">
      <section aria-labelledby="snapshot-create-title">
        <h2 id="snapshot-create-title" className="section-title">
          New snapshot
        </h2>
        <SnapshotCreateForm project={project} instance={owner} taken={snapshots.data?.map((snapshot) => snapshot.name) ?? []} defaultExpiry={defaultExpiry} />
      </section>

      <section aria-labelledby="snapshot-list-title">
        <h2 id="snapshot-list-title" className="section-title">
          Snapshots
        </h2>
        {busy && (
          <p id={busyId} className="muted" role="status">
            {busy.reason}
          </p>
        )}
        {snapshots.isPending ? (
          <LoadingState label="Loading snapshots…" />
        ) : snapshots.isError && !snapshots.data ? (
          <ErrorState title="Could not load the snapshots" error={snapshots.error} onRetry={() => void snapshots.refetch()} />
        ) : snapshots.data.length === 0 ? (
          <EmptyState title="No snapshots yet">
            <p className="muted">A snapshot keeps the {noun}&apos;s files{noun === 'instance' ? ' and configuration' : ''} as they are now.</p>
          </EmptyState>
        ) : (
          <SnapshotTable
            project={project}
            instance={owner}
            snapshots={snapshots.data}
            renaming={renaming}
            busy={busy}
            onRename={setRenaming}
            onRestore={(snapshot) => setConfirming({ kind: 'restore', snapshot })}
            onDelete={(snapshot) => setConfirming({ kind: 'delete', snapshot })}
          />
        )}
      </section>

      <section aria-labelledby="snapshot-schedule-title">
        <h2 id="snapshot-schedule-title" className="section-title">
          Automatic snapshots
        </h2>
        {schedule}
      </section>

      {confirming?.kind === 'restore' && (
        <RestoreSnapshotDialog
          instance={name}
          noun={noun}
          snapshot={confirming.snapshot}
          running={running}
          pending={restore.isPending}
          onConfirm={confirm}
          onCancel={() => setConfirming(null)}
        />
      )}
      {confirming?.kind === 'delete' && (
        <DeleteSnapshotDialog
          instance={name}
          noun={noun}
          snapshot={confirming.snapshot}
          pending={remove.isPending}
          onConfirm={confirm}
          onCancel={() => setConfirming(null)}
        />
      )}
    </div>
  );
}
