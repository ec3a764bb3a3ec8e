import { DataTableHead, type TableColumn } from '@/components/DataTableHead';
import type { LxdInstanceBackup } from '@/lxd';
import { formatDate } from '../list/instanceListModel';
import { isNeverExpiry } from '../snapshots/expiry';

interface BackupTableProps {
  instance: string;
  backups: LxdInstanceBackup[];
  /** Same-origin export URL and file name of each backup. */
  download: (backup: string) => { href: string; fileName: string };
  /** Why downloading and deleting are unavailable right now, with the id of the element saying so. */
  busy: { reason: string; id: string } | null;
  onDelete: (backup: LxdInstanceBackup) => void;
}

const COLUMNS: TableColumn[] = [
  { key: 'name', label: 'Name' },
  { key: 'created', label: 'Created', width: '11rem' },
  { key: 'expires', label: 'Expires', width: '11rem' },
  { key: 'contents', label: 'Contents', width: '14rem' },
  { key: 'actions', label: 'Actions', width: '13rem', className: 'cell-actions' },
];

export function BackupTable({ instance, backups, download, busy, onDelete }: BackupTableProps) {
  const busyProps = busy ? { disabled: true, title: busy.reason, 'aria-describedby': busy.id } : {};
  return (
    <div className="table-scroll">
      <table className="data-table compact" aria-label={`Backups of ${instance}`}>
        <DataTableHead columns={COLUMNS} />
        <tbody>
          {backups.map((backup) => {
            const link = download(backup.name);
            return (
              <tr key={backup.name} data-backup={backup.name}>
                <td className="cell-name" title={backup.name}>
                  {backup.name}
                </td>
                <td>{formatDate(backup.created_at)}</td>
                <td>{isNeverExpiry(backup.expires_at) ? 'Never' : formatDate(backup.expires_at)}</td>
                <td>{backup.instance_only || backup.container_only ? 'Instance only' : 'Instance and snapshots'}</td>
                <td>
                  <div className="row-actions">
                    {busy ? (
                      <button type="button" className="button" aria-label={`Download ${backup.name}`} {...busyProps}>
                        Download
                      </button>
                    ) : (
                      // A plain same-origin link: the browser downloads with its client certificate.
                      <a className="button" href={link.href} download={link.fileName} aria-label={`Download ${backup.name}`}>
                        Download
                      </a>
                    )}
                    <button
                      type="button"
                      className="button button-danger"
                      aria-label={`Delete ${backup.name}`}
                      onClick={() => onDelete(backup)}
                      {...busyProps}
                    >
                      Delete
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
