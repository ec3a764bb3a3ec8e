import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { EDITABLE_MAX_BYTES, fileDownloadUrl, fileQueries } from '@/api/files/queries';
import { errorText } from '@/components/ErrorState';
import { joinPath, type LxdFileStat } from '@/lxd/files';
import { TYPE_LABEL, editBlockReason, formatMode, formatSize } from './fileModel';
import { pathSearch } from './location';
import { ActionButton } from '@/components/reasons';

/** Which entry a cell shows. */
export interface FileRowContext {
  project: string;
  instance: string;
  directory: string;
  name: string;
  hasHead: boolean;
}

/** The entry's metadata; every cell of a row shares this one cached query. */
function useFileStat({ project, instance, directory, name, hasHead }: FileRowContext) {
  const client = useLxdClient();
  return useQuery(fileQueries.stat(client, project, instance, directory, name, hasHead));
}

export function useFileStatData(context: FileRowContext): LxdFileStat | undefined {
  return useFileStat(context).data;
}

export function FileNameCell(context: FileRowContext) {
  const data = useFileStat(context).data;
  const path = joinPath(context.directory, context.name);
  return data?.type === 'directory' || data?.type === 'symlink' ? (
    <Link to={{ search: pathSearch(path) }} title={path}>
      {context.name}
    </Link>
  ) : (
    <span title={path}>{context.name}</span>
  );
}

export function FileTypeCell(context: FileRowContext) {
  const stat = useFileStat(context);
  if (stat.data) return <>{TYPE_LABEL[stat.data.type]}</>;
  if (stat.isError) return <span title={errorText(stat.error)}>Unknown</span>;
  return <>{stat.isPending ? '…' : ''}</>;
}

export function FileSizeCell(context: FileRowContext) {
  const stat = useFileStat(context);
  if (stat.data) return <>{stat.data.size !== undefined ? formatSize(stat.data.size) : '—'}</>;
  return <>{stat.isPending ? '…' : ''}</>;
}

export function FileModeCell(context: FileRowContext) {
  const stat = useFileStat(context);
  if (stat.data) return <span title={stat.data.mode}>{formatMode(stat.data.type, stat.data.mode)}</span>;
  return <>{stat.isPending ? '…' : ''}</>;
}

export function FileNumberCell({ field, ...context }: FileRowContext & { field: 'uid' | 'gid' }) {
  const stat = useFileStat(context);
  if (stat.data) return <>{stat.data[field]}</>;
  return <>{stat.isPending ? '…' : ''}</>;
}

/** Download (files) and Edit (files and links) inline; Edit says why it cannot open an entry. */
export function FileActions({ onEdit, ...context }: FileRowContext & { onEdit: (name: string) => void }) {
  const client = useLxdClient();
  const data = useFileStat(context).data;
  const reasonId = useId();
  const { project, instance, directory, name } = context;
  const editReason = editBlockReason(data, EDITABLE_MAX_BYTES);
  return (
    <>
      {editReason && (
        <span id={reasonId} hidden>
          {editReason}
        </span>
      )}
      {data?.type === 'file' && (
        // A plain same-origin link: the browser downloads with its client certificate.
        <a className="button" href={fileDownloadUrl(client, project, instance, joinPath(directory, name))} download={name} aria-label={`Download ${name}`}>
          Download
        </a>
      )}
      {data?.type !== 'directory' && (
        <ActionButton write
          type="button"
          className="button"
          aria-label={`Edit ${name}`}
          disabled={!!editReason}
          title={editReason ?? undefined}
          aria-describedby={editReason ? reasonId : undefined}
          onClick={() => onEdit(name)}
        >
          Edit
        </ActionButton>
      )}
    </>
  );
}
