import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { backupExportUrl, backupQueries } from '@/api/backups/queries';
import { useBackupCreationPending, useDeleteBackup } from '@/api/backups/mutations';
import { useLxdClient } from '@/api/client-context';
import { serverQueries } from '@/api/server/queries';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import type { LxdInstanceBackup } from '@/lxd';
import { formatDate } from '@/lib/format';
import { useInstanceRoute } from '@/components/useInstanceRoute';
import { BackupCreateForm } from './BackupCreateForm';
import { BackupTable } from './BackupTable';
import { backupFileName } from './backupForm';
import '@/components/snapshots/snapshots.css';

export function BackupsTab() {
  const { project, name } = useInstanceRoute();
  const client = useLxdClient();
  const backups = useQuery({
    ...backupQueries.list(client, project, name),
    select: (list) => [...list].sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at)),
  });
  const compression = useQuery(serverQueries.info(client)).data?.config?.['backups.compression_algorithm'];
  const remove = useDeleteBackup(project, name);
  const [confirming, setConfirming] = useState<LxdInstanceBackup | null>(null);
  const busyId = useId();
  const creating = useBackupCreationPending(project, name);
  const busyReason = remove.isPending
    ? `Wait until ${remove.variables} is deleted.`
    : creating
      ? 'Wait until LXD has finished writing the new backup.'
      : null;
  const busy = busyReason ? { reason: busyReason, id: busyId } : null;

  return (
    <div className="data-tab">
      <section aria-labelledby="backup-create-title">
        <h2 id="backup-create-title" className="section-title">
          New backup
        </h2>
        <BackupCreateForm project={project} instance={name} taken={backups.data?.map((backup) => backup.name) ?? []} />
      </section>

      <section aria-labelledby="backup-list-title">
        <h2 id="backup-list-title" className="section-title">
          Backups
        </h2>
        {busy && (
          <p id={busyId} className="muted" role="status">
            {busy.reason}
          </p>
        )}
        {backups.isPending ? (
          <LoadingState label="Loading backups…" />
        ) : backups.isError && !backups.data ? (
          <ErrorState title="Could not load the backups" error={backups.error} onRetry={() => void backups.refetch()} />
        ) : backups.data.length === 0 ? (
          <EmptyState title="No backups yet">
            <p className="muted">A backup is a single file of the instance, kept on the server and downloadable.</p>
          </EmptyState>
        ) : (
          <BackupTable
            instance={name}
            backups={backups.data}
            busy={busy}
            download={(backup) => ({
              href: backupExportUrl(client, project, name, backup),
              fileName: backupFileName(name, backup, compression),
            })}
            onDelete={setConfirming}
          />
        )}
      </section>

      {confirming && (
        <ConfirmDialog
          title="Delete backup?"
          confirmLabel="Delete backup"
          danger
          pending={remove.isPending}
          onConfirm={() => remove.mutate(confirming.name, { onSettled: () => setConfirming(null) })}
          onCancel={() => setConfirming(null)}
        >
          <p>
            Delete backup <strong>{confirming.name}</strong> of <strong>{name}</strong>, created{' '}
            {formatDate(confirming.created_at)}?
          </p>
          <p>The backup file is removed from the server; copies already downloaded are not affected. This cannot be undone.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
