import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { ImportError, useImportImage, type ImportPhase } from '@/api/images/transfer';
import { LeaveGuard } from '@/components/LeaveGuard';
import { PageHeader } from '@/components/PageHeader';
import { DEFAULT_PROJECT, paths } from '@/config/paths';
import type { UploadProgress } from '@/lxd/files';
import { ImportFields } from './ImportFields';
import { EMPTY_FORM, formProblems, toRequest, type ImportFormState } from './importModel';
import { ImportDone, ImportFailure, ImportProgress } from './ImportStatus';
import '@/components/formDialog.css';
import './transfer.css';
import { ActionButton } from '@/components/reasons';
import { WriteFieldset } from '@/components/readOnly';

/**
 * Upload an image file (unified) or two (split) to LXD, with progress and Cancel, then the
 * aliases. The form keeps every choice when LXD refuses, so a second try needs no re-typing.
 */
export function ImportImagePage() {
  const { project = DEFAULT_PROJECT } = useParams();
  const importImage = useImportImage(project);
  const [form, setForm] = useState<ImportFormState>(EMPTY_FORM);
  const [tried, setTried] = useState(false);
  const [phase, setPhase] = useState<ImportPhase>('checking');
  const [progress, setProgress] = useState<UploadProgress>();
  const controller = useRef<AbortController | null>(null);

  // Leaving the page stops an upload still under way.
  useEffect(() => () => controller.current?.abort(), []);

  const problems = tried ? formProblems(form) : {};
  const running = importImage.isPending;
  const error = importImage.error;
  const aliasError = error instanceof ImportError && error.reason === 'alias-taken' ? error.message : undefined;

  const change = (next: Partial<ImportFormState>) => {
    setForm((current) => ({ ...current, ...next }));
    if (!running) importImage.reset();
  };

  const submit = () => {
    setTried(true);
    const request = toRequest(form);
    if (!request || running) return;
    const abort = new AbortController();
    controller.current = abort;
    setProgress(undefined);
    importImage.mutate(
      { request, signal: abort.signal, onPhase: setPhase, onProgress: setProgress },
      { onSettled: () => (controller.current = null) },
    );
  };

  return (
    <section className="page" aria-labelledby="import-image-title">
      <LeaveGuard when={running} title="Stop the upload?" confirmLabel="Leave and cancel the upload">
        The image is still being uploaded; leaving cancels it.
      </LeaveGuard>
      <PageHeader
        id="import-image-title"
        title="Import image"
        titleContext={['Images']}
        breadcrumbs={[{ label: 'Images', to: paths.images(project) }]}
        subtitle={`project ${project}`}
      />
      <form
        className="import-image"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
<WriteFieldset>
        <ImportFields state={form} problems={problems} disabled={running} aliasError={aliasError} onChange={change} />
</WriteFieldset>
        <div className="form-actions">
          <ActionButton write type="submit" className="button button-primary" disabled={running}>
            {running ? 'Importing…' : 'Import image'}
          </ActionButton>
        </div>
      </form>
      <div className="import-status" aria-live="polite">
        {running && <ImportProgress phase={phase} progress={progress} onCancel={() => controller.current?.abort()} />}
        {importImage.isSuccess && <ImportDone project={project} result={importImage.data} />}
        {importImage.isError && <ImportFailure project={project} error={error} />}
      </div>
    </section>
  );
}
