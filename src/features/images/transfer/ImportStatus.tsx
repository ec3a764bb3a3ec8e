import { Link } from 'react-router';
import { ImportError, progressView, type ImportPhase, type ImportResult } from '@/api/images/transfer';
import { errorText } from '@/components/ErrorState';
import { paths } from '@/config/paths';
import type { UploadProgress } from '@/lxd/files';
import { ExportImageButton } from './ExportImageButton';
import { PHASE_TEXT, progressText, shortFingerprint } from './importModel';

interface ImportProgressProps {
  phase: ImportPhase;
  progress?: UploadProgress;
  onCancel: () => void;
}

/** Bytes sent of the total while uploading; LXD's part afterwards cannot be cancelled. */
export function ImportProgress({ phase, progress, onCancel }: ImportProgressProps) {
  const view = progressView(progress);
  const uploading = phase === 'uploading' || phase === 'checking';
  return (
    <div className="import-progress" data-phase={phase}>
      <p role="status">{PHASE_TEXT[phase]}</p>
      {(phase === 'uploading' || phase === 'processing') && (
        <>
          <progress aria-label="Upload" max={100} value={phase === 'processing' ? 100 : view.percent} />
          <p className="muted" data-progress>
            {progressText(view.loaded, view.total, phase === 'processing' ? 100 : view.percent)}
          </p>
        </>
      )}
      {uploading ? (
        <button data-view="" type="button" className="button" onClick={onCancel}>
          Cancel upload
        </button>
      ) : (
        <p className="muted">The whole file has reached LXD; what it does now cannot be cancelled.</p>
      )}
    </div>
  );
}

export function ImportDone({ project, result }: { project: string; result: ImportResult }) {
  return (
    <div className="import-result" role="status">
      <h2>Image imported</h2>
      <p>
        Fingerprint computed by LXD: <code data-fingerprint>{result.fingerprint}</code>
      </p>
      {result.aliases.length > 0 && <p>Aliases: {result.aliases.join(', ')}</p>}
      {result.aliasFailures.length > 0 && (
        <div role="alert">
          <p>The image is stored, but LXD refused {result.aliasFailures.length === 1 ? 'an alias' : 'some aliases'}:</p>
          <ul>
            {result.aliasFailures.map((failure) => (
              <li key={failure.name}>
                {failure.name}: {failure.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="import-result-actions">
        <Link to={paths.image(project, result.fingerprint)}>Open image {shortFingerprint(result.fingerprint)}</Link>
        {/* Downloading it back shows the round trip: the files are the bytes LXD stores. */}
        {result.image && <ExportImageButton project={project} image={result.image} />}
      </p>
    </div>
  );
}

/** What went wrong, and what LXD was left holding. */
export function ImportFailure({ project, error }: { project: string; error: unknown }) {
  if (error instanceof ImportError && error.reason === 'cancelled') {
    return (
      <div className="import-failure" role="alert" data-reason="cancelled">
        {error.leftovers.length === 0 ? (
          <p>Upload cancelled. Nothing was imported: LXD holds no new image.</p>
        ) : (
          <p>
            Upload cancelled, but LXD had already received the whole file and stored it as{' '}
            {error.leftovers.map((fingerprint) => (
              <Link key={fingerprint} to={paths.image(project, fingerprint)}>
                {shortFingerprint(fingerprint)}
              </Link>
            ))}
            . Delete it there if it is not wanted.
          </p>
        )}
      </div>
    );
  }
  if (error instanceof ImportError && error.reason === 'alias-taken') {
    return (
      <div className="import-failure" role="alert" data-reason="alias-taken">
        <p>Nothing was uploaded. {error.message}.</p>
        <ul>
          {error.takenAliases.map((alias) => (
            <li key={alias.name}>
              {alias.name} names image <Link to={paths.image(project, alias.target)}>{shortFingerprint(alias.target)}</Link>
            </li>
          ))}
        </ul>
        <p>Choose other aliases, or remove these from their image first.</p>
      </div>
    );
  }
  const existing = error instanceof ImportError ? error.existingFingerprint : undefined;
  return (
    <div className="import-failure" role="alert" data-reason="refused">
      <p>
        LXD refused the image: <span data-lxd-message>{errorText(error)}</span>
      </p>
      {existing ? (
        <p>
          That image is here already: <Link to={paths.image(project, existing)}>{shortFingerprint(existing)}</Link>. Nothing was
          changed.
        </p>
      ) : (
        <p>Nothing was imported and no alias was created.</p>
      )}
    </div>
  );
}
