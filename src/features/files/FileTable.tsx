import { useRef } from 'react';
import { Link } from 'react-router';
import { DataTableHead, type TableColumn } from '@/components/DataTableHead';
import { useWindowedRows } from '@/components/useWindowedRows';
import { parentPath, type LxdFileStat } from '@/lxd/files';
import { FileRow } from './FileRow';
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

const COLUMNS: TableColumn[] = [
  { key: 'name', label: 'Name' },
  { key: 'type', label: 'Type', width: '6rem' },
  { key: 'size', label: 'Size', width: '7rem', className: 'cell-number' },
  { key: 'mode', label: 'Mode', width: '8rem' },
  { key: 'uid', label: 'UID', width: '5rem', className: 'cell-number' },
  { key: 'gid', label: 'GID', width: '5rem', className: 'cell-number' },
  { key: 'actions', label: 'Actions', width: '16rem', className: 'cell-actions' },
];

/** Only rows in view are rendered, so only their entries are stat'ed. */
export function FileTable({ project, instance, path, names, hasHead, deleteBlocked, onEdit, onDelete }: FileTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const window = useWindowedRows(scrollRef, names.length, ROW_HEIGHT);
  return (
    <div className="table-scroll file-table-scroll" ref={scrollRef}>
      <table className="data-table file-table" aria-label={`Files in ${path}`}>
        <DataTableHead columns={COLUMNS} />
        <tbody>
          {path !== '/' && (
            <tr data-file="..">
              <td className="cell-name" colSpan={7}>
                <Link to={{ search: pathSearch(parentPath(path)) }} aria-label="Parent folder">
                  ..
                </Link>
              </td>
            </tr>
          )}
          {window.padTop > 0 && <tr className="spacer" aria-hidden="true" style={{ height: window.padTop }} />}
          {names.slice(window.start, window.end).map((name) => (
            <FileRow
              key={name}
              project={project}
              instance={instance}
              directory={path}
              name={name}
              hasHead={hasHead}
              deleteBlocked={deleteBlocked}
              onEdit={onEdit}
              onDelete={onDelete}
            />
          ))}
          {window.padBottom > 0 && <tr className="spacer" aria-hidden="true" style={{ height: window.padBottom }} />}
        </tbody>
      </table>
    </div>
  );
}
