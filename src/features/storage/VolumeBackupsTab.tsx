import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useLxdClient } from '@/api/client-context';
import {
  useCreateVolumeBackup,
  useDeleteVolumeBackup,
  volumeBackupExportUrl,
  volumeBackupQueries,
  type LxdVolumeBackup,
} from '@/api/storage-volumes/backups';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { errorText } from '@/components/ErrorState';
import { ExpiringItemsTable } from '@/components/ExpiringItemsTable';
import { CheckboxField, TextField } from '@/components/FormDialog';
import { QueryState } from '@/components/QueryState';
import { useStorageRoute } from './useStorageRoute';
import { ActionButton } from '@/components/reasons';
import { WriteFieldset } from '@/components/readOnly';

/**
 * Backups of a custom volume: LXD writes one (an operation), then the browser downloads its
 * tarball by a same-origin link. A backup file is imported as a new volume from the pool's Volumes tab.
 */
export function VolumeBackupsTab() {
  const { project, pool, volume } = useStorageRoute();
  const client = useLxdClient();
  const backups = useQuery(volumeBackupQueries.list(client, project, pool, volume));
  const create = useCreateVolumeBackup(project, pool, volume);
  const remove = useDeleteVolumeBackup(project, pool, volume);
  const [name, setName] = useState('');
  const [volumeOnly, setVolumeOnly] = useState(false);
  const [deleting, setDeleting] = useState<LxdVolumeBackup>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name: name.trim(), volumeOnly }, { onSuccess: () => setName('') });
  };

  return (
    <div className="data-tab">
      <section aria-labelledby="volume-backup-create-title">
        <h2 id="volume-backup-create-title" className="section-title">
          New backup
        </h2>
        <form className="data-form" aria-label="Create backup" noValidate onSubmit={submit}>
<WriteFieldset>
          <TextField label="Backup name" value={name} hint="Optional: LXD names it otherwise." onChange={(value) => { setName(value); create.reset(); }} />
          <CheckboxField label="Without its snapshots" checked={volumeOnly} onChange={setVolumeOnly} />
          {create.error && (
            <p className="data-form-error" role="alert">
              LXD refused: {errorText(create.error)}
            </p>
          )}
          <div className="data-form-actions">
            <ActionButton write type="submit" className="button button-primary" disabled={create.isPending}>
              {create.isPending ? 'Writing the backup…' : 'Create backup'}
            </ActionButton>
          </div>
        </WriteFieldset>
</form>
      </section>
      <section aria-labelledby="volume-backup-list-title">
        <h2 id="volume-backup-list-title" className="section-title">
          Backups
        </h2>
        <QueryState query={backups} what="backups">
          {(list) =>
            list.length === 0 ? (
              <EmptyState title="No backups yet">
                <p className="muted">A backup is a file of the volume that can be downloaded and imported as a new volume.</p>
              </EmptyState>
            ) : (
              <ExpiringItemsTable
                label={`Backups of ${volume}`}
                items={list}
                rowAttribute="data-backup"
                actionsWidth="10.5rem"
                primary={(backup) => (
                  // A plain same-origin link: the browser downloads with its client certificate.
                  <a
                    className="button"
                    href={volumeBackupExportUrl(client, project, pool, volume, backup.name)}
                    download={`${volume}-${backup.name}.tar.gz`}
                    aria-label={`Download ${backup.name}`}
                  >
                    Download
                  </a>
                )}
                menu={(backup) => [{ label: 'Delete…', ariaLabel: `Delete ${backup.name}`, danger: true, opensDialog: true, onSelect: () => setDeleting(backup) }]}
              />
            )
          }
        </QueryState>
      </section>
      {deleting && (
        <ConfirmDialog
          title="Delete backup?"
          confirmLabel="Delete backup"
          danger
          pending={remove.isPending}
          onConfirm={() => remove.mutate(deleting.name, { onSettled: () => setDeleting(undefined) })}
          onCancel={() => setDeleting(undefined)}
        >
          <p>
            Delete backup <strong>{deleting.name}</strong> of <strong>{volume}</strong>? Files already downloaded are not affected.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
