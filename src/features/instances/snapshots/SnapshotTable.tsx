import { DataTableHead, type TableColumn } from '@/components/DataTableHead';
import type { LxdSnapshot } from '@/lxd';
import { formatDate } from '../list/instanceListModel';
import { isNeverExpiry } from './expiry';
import { SnapshotRenameForm } from './SnapshotRenameForm';

interface SnapshotTableProps {
  project: string;
  instance: string;
  snapshots: LxdSnapshot[];
  renaming: string | null;
  /** Why row actions are unavailable right now (another snapshot action runs), with the id of that text. */
  busy: { reason: string; id: string } | null;
  onRename: (snapshot: string | null) => void;
  onRestore: (snapshot: LxdSnapshot) => void;
  onDelete: (snapshot: LxdSnapshot) => void;
}

const COLUMNS: TableColumn[] = [
  { key: 'name', label: 'Name' },
  { key: 'created', label: 'Created', width: '11rem' },
  { key: 'expires', label: 'Expires', width: '11rem' },
  { key: 'actions', label: 'Actions', width: '17rem', className: 'cell-actions' },
];

export function SnapshotTable({ project, instance, snapshots, renaming, busy, onRename, onRestore, onDelete }: SnapshotTableProps) {
  const names = snapshots.map((snapshot) => snapshot.name);
  const disabledProps = busy ? { disabled: true, title: busy.reason, 'aria-describedby': busy.id } : {};
  return (
    <div className="table-scroll">
      <table className="data-table compact" aria-label={`Snapshots of ${instance}`}>
        <DataTableHead columns={COLUMNS} />
        <tbody>
          {snapshots.map((snapshot) => {
            const editing = renaming === snapshot.name;
            return (
              <tr key={snapshot.name} data-snapshot={snapshot.name} className={editing ? 'is-editing' : undefined}>
                <td className="cell-name" title={snapshot.name}>
                  {editing ? (
                    <SnapshotRenameForm
                      project={project}
                      instance={instance}
                      snapshot={snapshot.name}
                      taken={names}
                      onDone={() => onRename(null)}
                    />
                  ) : (
                    snapshot.name
                  )}
                </td>
                <td>{formatDate(snapshot.created_at)}</td>
                <td>{isNeverExpiry(snapshot.expires_at) ? 'Never' : formatDate(snapshot.expires_at)}</td>
                <td>
                  <div className="row-actions">
                    <button
                      type="button"
                      className="button"
                      aria-label={`Restore ${snapshot.name}`}
                      onClick={() => onRestore(snapshot)}
                      {...disabledProps}
                    >
                      Restore
                    </button>
                    <button
                      type="button"
                      className="button"
                      aria-label={`Rename ${snapshot.name}`}
                      onClick={() => onRename(snapshot.name)}
                      {...(editing ? { disabled: true, title: 'Being renamed' } : disabledProps)}
                    >
                      Rename
                    </button>
                    <button
                      type="button"
                      className="button button-danger"
                      aria-label={`Delete ${snapshot.name}`}
                      onClick={() => onDelete(snapshot)}
                      {...disabledProps}
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
