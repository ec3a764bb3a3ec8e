import { useMemo } from 'react';
import { Link } from 'react-router';
import { DataTable, type Column } from '@/components/DataTable';
import { RowMenu } from '@/components/RowMenu';
import { parentPath, type LxdFileStat } from '@/lxd/files';
import { FileActions, FileModeCell, FileNameCell, FileNumberCell, FileSizeCell, FileTypeCell, useFileStatData, type FileRowContext } from './FileRow';
import { pathSearch } from './location';

const ROW_HEIGHT = 40;

interface FileTableProps {
  project: string;
  instance: string;
  path: string;
  names: readonly string[];
  hasHead: boolean;
  deleteBlocked: { reason: string; id: string } | null;
  onEdit: (name: string) => void;
  onDelete: (name: string, stat: LxdFileStat | undefined) => void;
}

/**
 * Only rows in view are rendered, so only their entries are stat'ed: every cell of a row reads the
 * same cached stat query, fetched once when the row first shows.
 */
export function FileTable({ project, instance, path, names, hasHead, deleteBlocked, onEdit, onDelete }: FileTableProps) {
  const columns = useMemo<Column<string>[]>(() => {
    const at = (name: string): FileRowContext => ({ project, instance, directory: path, name, hasHead });
    return [
      { id: 'name', label: 'Name', className: 'cell-name', render: (name) => <FileNameCell {...at(name)} /> },
      { id: 'type', label: 'Type', width: '6rem', hideNarrow: true, render: (name) => <FileTypeCell {...at(name)} /> },
      { id: 'size', label: 'Size', width: '7rem', className: 'cell-number', render: (name) => <FileSizeCell {...at(name)} /> },
      { id: 'mode', label: 'Mode', width: '8rem', className: 'cell-mono', hideNarrow: true, render: (name) => <FileModeCell {...at(name)} /> },
      { id: 'uid', label: 'UID', width: '4.5rem', className: 'cell-number', hideNarrow: true, render: (name) => <FileNumberCell {...at(name)} field="uid" /> },
      { id: 'gid', label: 'GID', width: '4.5rem', className: 'cell-number', hideNarrow: true, render: (name) => <FileNumberCell {...at(name)} field="gid" /> },
    ];
  }, [project, instance, path, hasHead]);

  return (
    <DataTable
      label={`Files in ${path}`}
      className="file-table"
      columns={columns}
      rows={names}
      rowKey={(name) => name}
      rowProps={(name) => ({ 'data-file': name })}
      windowed={ROW_HEIGHT}
      actionsWidth="13.5rem"
      actions={(name) => (
        <>
          <FileActions project={project} instance={instance} directory={path} name={name} hasHead={hasHead} onEdit={onEdit} />
          <RowMenuForFile name={name} deleteBlocked={deleteBlocked} onDelete={onDelete} context={{ project, instance, directory: path, name, hasHead }} />
        </>
      )}
      leadingRow={(span) =>
        path === '/' ? null : (
          <tr data-file="..">
            <td className="cell-name" colSpan={span}>
              <Link to={{ search: pathSearch(parentPath(path)) }} aria-label="Parent folder">
                ..
              </Link>
            </td>
          </tr>
        )
      }
    />
  );
}

interface RowMenuForFileProps {
  name: string;
  context: FileRowContext;
  deleteBlocked: { reason: string; id: string } | null;
  onDelete: (name: string, stat: LxdFileStat | undefined) => void;
}

/** Delete lives in the row's menu, so a slip of the mouse in a long listing cannot start it. */
function RowMenuForFile({ name, context, deleteBlocked, onDelete }: RowMenuForFileProps) {
  const stat = useFileStatData(context);
  return (
    <RowMenu
      label={`More actions for ${name}`}
      items={[{ label: 'Delete…', ariaLabel: `Delete ${name}`, danger: true, opensDialog: true, disabledReason: deleteBlocked?.reason, onSelect: () => onDelete(name, stat) }]}
    />
  );
}
