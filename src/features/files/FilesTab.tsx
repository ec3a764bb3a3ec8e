import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { useRefreshDirectory } from '@/api/files/hooks';
import { fileQueries } from '@/api/files/queries';
import { serverFeatures, serverQueries } from '@/api/server/queries';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { useInstanceRoute } from '@/components/useInstanceRoute';
import { hasExtension } from '@/lxd/features';
import { parentPath, type LxdFileStat } from '@/lxd/files';
import { DeleteFileDialog } from './DeleteFileDialog';
import { FileBreadcrumbs } from './FileBreadcrumbs';
import { FileEditor } from './FileEditor';
import { FileTable } from './FileTable';
import { FollowedLinkNote, LinkLoop } from './LinkNotes';
import { NewFolderForm } from './NewFolderForm';
import { NotAFolder } from './NotAFolder';
import { UploadPanel } from './UploadPanel';
import { followLinkStep } from './followLink';
import { pathSearch, readFilesLocation } from './location';
import './files.css';

const NO_DELETE_REASON = 'This LXD server cannot delete files (it lacks the file_delete API extension).';

export function FilesTab() {
  const { project, name } = useInstanceRoute();
  const client = useLxdClient();
  const [params, setParams] = useSearchParams();
  const { path, edit, via } = readFilesLocation(params);
  const navigate = useNavigate();
  const server = useQuery(serverQueries.info(client)).data;
  const features = serverFeatures(server);
  const hasHead = server ? hasExtension(server, 'instance_file_head') : false;
  const listing = useQuery(fileQueries.list(client, project, name, path));
  const refresh = useRefreshDirectory(project, name, path);
  const [deleting, setDeleting] = useState<{ name: string; stat: LxdFileStat | undefined } | null>(null);
  const noDeleteId = useId();
  const deleteBlocked = features && !features.fileDelete ? { reason: NO_DELETE_REASON, id: noDeleteId } : null;
  const names = listing.data?.kind === 'directory' ? listing.data.names : [];
  const linkTarget = listing.data?.kind === 'other' ? listing.data.target : undefined;
  const linkStep = linkTarget !== undefined ? followLinkStep(path, linkTarget, via) : null;
  const followTo = linkStep?.kind === 'follow' ? pathSearch(linkStep.target, null, linkStep.via) : null;

  // A link opens its target in place of itself (Back skips it); the URL names the links followed.
  useEffect(() => {
    if (followTo) void navigate({ search: followTo }, { replace: true });
  }, [followTo, navigate]);

  return (
    <div className="files-tab">
      <div className="files-toolbar">
        <FileBreadcrumbs path={path} />
        <div className="files-toolbar-actions">
          {path !== '/' && (
            <Link className="button" to={{ search: pathSearch(parentPath(path)) }} aria-label="Up one folder">
              ..
            </Link>
          )}
          <button data-view="" type="button" className="button" onClick={() => void refresh()} disabled={listing.isFetching}>
            {listing.isFetching && !listing.isPending ? 'Refreshing…' : 'Refresh'}
          </button>
        </div>
      </div>
      {!linkStep && <FollowedLinkNote path={path} via={via} />}
      {deleteBlocked && (
        <p id={noDeleteId} className="muted">
          {deleteBlocked.reason}
        </p>
      )}

      <div className="files-actions">
        {/* Always mounted, so uploads under way stay in view while moving between folders. */}
        <UploadPanel project={project} instance={name} directory={path} existing={names} disabled={listing.data?.kind !== 'directory'} />
        {listing.data?.kind === 'directory' && <NewFolderForm project={project} instance={name} directory={path} taken={names} />}
      </div>

      {edit && (
        <FileEditor
          key={`${path}/${edit}`}
          project={project}
          instance={name}
          directory={path}
          name={edit}
          onClose={() => setParams(pathSearch(path, null, via))}
        />
      )}

      {listing.isPending ? (
        <LoadingState label={`Reading ${path}…`} />
      ) : listing.isError && !listing.data ? (
        <ErrorState title={`Could not read ${path}`} error={listing.error} onRetry={() => void listing.refetch()} />
      ) : linkStep ? (
        linkStep.kind === 'follow' ? (
          <LoadingState label={`Following the link ${path}…`} />
        ) : (
          <LinkLoop step={linkStep} />
        )
      ) : listing.data.kind === 'other' ? (
        <NotAFolder project={project} instance={name} path={path} />
      ) : (
        <>
          {listing.isError && (
            <p className="file-form-error" role="alert">
              Could not refresh: {listing.error.message}. Showing what was read before.
            </p>
          )}
          {names.length === 0 && <EmptyState title="This folder is empty" />}
          <FileTable
            project={project}
            instance={name}
            path={path}
            names={names}
            hasHead={hasHead}
            deleteBlocked={deleteBlocked}
            onEdit={(file) => setParams(pathSearch(path, file, via))}
            onDelete={(file, stat) => setDeleting({ name: file, stat })}
          />
        </>
      )}

      {deleting && (
        <DeleteFileDialog
          project={project}
          instance={name}
          directory={path}
          name={deleting.name}
          stat={deleting.stat}
          onDone={() => setDeleting(null)}
        />
      )}
    </div>
  );
}
