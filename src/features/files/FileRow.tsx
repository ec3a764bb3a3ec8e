import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { EDITABLE_MAX_BYTES, fileDownloadUrl, fileQueries } from '@/api/files/queries';
import { errorText } from '@/components/ErrorState';
import { joinPath, type LxdFileStat } from '@/lxd/files';
import { TYPE_LABEL, editBlockReason, formatMode, formatSize } from './fileModel';
import { pathSearch } from './location';

interface FileRowProps {
  project: string;
  instance: string;
  directory: string;
  name: string;
  hasHead: boolean;
  /** Why deleting is unavailable on this server, with the id of the sentence saying so. */
  deleteBlocked: { reason: string; id: string } | null;
  onEdit: (name: string) => void;
  onDelete: (name: string, stat: LxdFileStat | undefined) => void;
}

/** One entry; its metadata is read when the row is rendered (only rows in view are). */
export function FileRow({ project, instance, directory, name, hasHead, deleteBlocked, onEdit, onDelete }: FileRowProps) {
  const client = useLxdClient();
  const stat = useQuery(fileQueries.stat(client, project, instance, directory, name, hasHead));
  const reasonId = useId();
  const path = joinPath(directory, name);
  const data = stat.data;
  const editReason = editBlockReason(data, EDITABLE_MAX_BYTES);
  const pending = stat.isPending ? '…' : '';

  return (
    <tr data-file={name} data-type={data?.type}>
      <td className="cell-name" title={path}>
        {data?.type === 'directory' || data?.type === 'symlink' ? (
          <Link to={{ search: pathSearch(path) }}>{name}</Link>
        ) : (
          name
        )}
      </td>
      <td>{data ? TYPE_LABEL[data.type] : stat.isError ? <span title={errorText(stat.error)}>Unknown</span> : pending}</td>
      <td className="cell-number">{data?.size !== undefined ? formatSize(data.size) : data ? '—' : pending}</td>
      <td className="cell-mono" title={data?.mode}>
        {data ? formatMode(data.type, data.mode) : pending}
      </td>
      <td className="cell-number">{data ? data.uid : pending}</td>
      <td className="cell-number">{data ? data.gid : pending}</td>
      <td>
        <div className="row-actions">
          {editReason && (
            <span id={reasonId} hidden>
              {editReason}
            </span>
          )}
          {data?.type === 'file' && (
            // A plain same-origin link: the browser downloads with its client certificate.
            <a className="button" href={fileDownloadUrl(client, project, instance, path)} download={name} aria-label={`Download ${name}`}>
              Download
            </a>
          )}
          {data?.type !== 'directory' && (
            <button
              type="button"
              className="button"
              aria-label={`Edit ${name}`}
              disabled={!!editReason}
              title={editReason ?? undefined}
              aria-describedby={editReason ? reasonId : undefined}
              onClick={() => onEdit(name)}
            >
              Edit
            </button>
          )}
          <button
            type="button"
            className="button button-danger"
            aria-label={`Delete ${name}`}
            disabled={!!deleteBlocked}
            title={deleteBlocked?.reason}
            aria-describedby={deleteBlocked?.id}
            onClick={() => onDelete(name, data)}
          >
            Delete
          </button>
        </div>
      </td>
    </tr>
  );
}
