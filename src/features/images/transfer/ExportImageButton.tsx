import { useEffect, useRef, useState } from 'react';
import { useLxdClient } from '@/api/client-context';
import { planExport, type ExportFile } from '@/api/images/transfer';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { errorText } from '@/components/ErrorState';
import { showToast } from '@/components/toastStore';
import type { LxdImage } from '@/lxd';
import { formatBytes } from '@/lib/format';
import './transfer.css';

export interface ExportImageButtonProps {
  project: string;
  image: LxdImage;
}

/** Starts a download of `href` as `fileName` the way a link click does. */
function download(href: string, fileName: string) {
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * Downloads the image as LXD stores it. A unified image is one file, fetched by a plain link so
 * the browser streams it to disk; a split image comes as one multipart answer, whose two parts
 * are offered as two files (each its own click, so the browser does not block the second).
 */
export function ExportImageButton({ project, image }: ExportImageButtonProps) {
  const client = useLxdClient();
  const [pending, setPending] = useState(false);
  const [files, setFiles] = useState<{ file: ExportFile; url: string }[] | null>(null);
  const controller = useRef<AbortController | null>(null);
  const name = image.aliases?.[0]?.name ?? image.fingerprint.slice(0, 12);

  useEffect(() => () => controller.current?.abort(), []);
  useEffect(() => () => files?.forEach(({ url }) => URL.revokeObjectURL(url)), [files]);

  const start = async () => {
    const abort = new AbortController();
    controller.current = abort;
    setPending(true);
    try {
      const plan = await planExport(client, project, image.fingerprint, abort.signal);
      if (plan.kind === 'unified') download(plan.url, plan.fileName);
      else setFiles(plan.files.map((file) => ({ file, url: file.blob ? URL.createObjectURL(file.blob) : '' })));
    } catch (error) {
      if (!abort.signal.aborted) showToast('error', `Export of ${name} failed: ${errorText(error)}`);
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <button data-view="" type="button" className="button" disabled={pending} aria-label={`Export image ${name}`} onClick={() => void start()}>
        {pending ? 'Preparing export…' : 'Export'}
      </button>
      {files && (
        <ConfirmDialog title={`Export ${name}: two files`} confirmLabel="Close" refused onConfirm={() => setFiles(null)} onCancel={() => setFiles(null)}>
          <p>This image is stored split, as a metadata tarball and a root filesystem. Save both to import it again.</p>
          <ul className="export-files">
            {files.map(({ file, url }) => (
              <li key={file.part}>
                <a href={url} download={file.fileName} data-part={file.part}>
                  {file.fileName}
                </a>{' '}
                <span className="muted">
                  ({file.part}, {formatBytes(file.size)})
                </span>
              </li>
            ))}
          </ul>
        </ConfirmDialog>
      )}
    </>
  );
}
