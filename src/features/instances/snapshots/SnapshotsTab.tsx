import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useLxdClient } from '@/api/client-context';
import { instanceQueries } from '@/api/instances/queries';
import { useDeleteSnapshot, useRestoreSnapshot, useSnapshotCreationPending } from '@/api/snapshots/mutations';
import { snapshotQueries } from '@/api/snapshots/queries';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import type { LxdSnapshot } from '@/lxd';
import { useInstanceRoute } from '@/components/useInstanceRoute';
import { SnapshotCreateForm } from './SnapshotCreateForm';
import { DeleteSnapshotDialog, RestoreSnapshotDialog } from './SnapshotDialogs';
import { SnapshotSchedule } from './SnapshotSchedule';
import { SnapshotTable } from './SnapshotTable';
import './snapshots.css';

type PendingAction = { kind: 'restore' | 'delete'; snapshot: LxdSnapshot };

export function SnapshotsTab() {
  const { project, name } = useInstanceRoute();
  const client = useLxdClient();
  const detail = useQuery(instanceQueries.detail(client, project, name)).data;
  const snapshots = useQuery({
    ...snapshotQueries.list(client, project, name),
    select: (list) => [...list].sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at)),
  });
  const restore = useRestoreSnapshot(project, name);
  const remove = useDeleteSnapshot(project, name);
  const creating = useSnapshotCreationPending(project, name);
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
        <SnapshotCreateForm
          project={project}
          instance={name}
          taken={snapshots.data?.map((snapshot) => snapshot.name) ?? []}
          defaultExpiry={detail?.data.expanded_config?.['snapshots.expiry']}
        />
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
            <p className="muted">A snapshot keeps the instance&apos;s files and configuration as they are now.</p>
          </EmptyState>
        ) : (
          <SnapshotTable
            project={project}
            instance={name}
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
        {detail && <SnapshotSchedule project={project} detail={detail} />}
      </section>

      {confirming?.kind === 'restore' && (
        <RestoreSnapshotDialog
          instance={name}
          snapshot={confirming.snapshot}
          running={detail?.data.status === 'Running'}
          pending={restore.isPending}
          onConfirm={confirm}
          onCancel={() => setConfirming(null)}
        />
      )}
      {confirming?.kind === 'delete' && (
        <DeleteSnapshotDialog
          instance={name}
          snapshot={confirming.snapshot}
          pending={remove.isPending}
          onConfirm={confirm}
          onCancel={() => setConfirming(null)}
        />
      )}
    </div>
  );
}
