import { useMemo } from 'react';
import type { Column } from '@/components/DataTable';
import { ExpiringItemsTable } from '@/components/ExpiringItemsTable';
import type { LxdInstanceBackup } from '@/lxd';

interface BackupTableProps {
  instance: string;
  backups: LxdInstanceBackup[];
  /** Same-origin export URL and file name of each backup. */
  download: (backup: string) => { href: string; fileName: string };
  /** Why downloading and deleting are unavailable right now, with the id of the element saying so. */
  busy: { reason: string; id: string } | null;
  onDelete: (backup: LxdInstanceBackup) => void;
}

export function BackupTable({ instance, backups, download, busy, onDelete }: BackupTableProps) {
  const extraColumns = useMemo<Column<LxdInstanceBackup>[]>(
    () => [
      {
        id: 'contents',
        label: 'Contents',
        width: '12rem',
        hideNarrow: true,
        render: (backup) => (backup.instance_only || backup.container_only ? 'Instance only' : 'Instance and snapshots'),
      },
    ],
    [],
  );
  return (
    <ExpiringItemsTable
      label={`Backups of ${instance}`}
      items={backups}
      rowAttribute="data-backup"
      extraColumns={extraColumns}
      actionsWidth="10.5rem"
      primary={(backup) => {
        if (busy) {
          return (
            <button data-view="" type="button" className="button" aria-label={`Download ${backup.name}`} disabled title={busy.reason} aria-describedby={busy.id}>
              Download
            </button>
          );
        }
        const link = download(backup.name);
        // A plain same-origin link: the browser downloads with its client certificate.
        return (
          <a className="button" href={link.href} download={link.fileName} aria-label={`Download ${backup.name}`}>
            Download
          </a>
        );
      }}
      menu={(backup) => [
        { label: 'Delete…', ariaLabel: `Delete ${backup.name}`, danger: true, opensDialog: true, disabledReason: busy?.reason, onSelect: () => onDelete(backup) },
      ]}
    />
  );
}
