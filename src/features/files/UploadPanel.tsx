import { useEffect, useId, useRef, useState } from 'react';
import { useUploadFile } from '@/api/files/mutations';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { LeaveGuard } from '@/components/LeaveGuard';
import { errorText } from '@/components/ErrorState';
import { isLxdError } from '@/lxd/errors';
import { joinPath } from '@/lxd/files';
import { UploadProgressList } from './UploadProgressList';
import { cancelWaiting, clearFinishedUploads, isActiveUpload, type UploadItem } from './uploadQueue';
import { useWriteReason } from '@/components/readOnly';

interface UploadPanelProps {
  project: string;
  instance: string;
  directory: string;
  /** Names in the folder now: uploading one of these asks first. */
  existing: readonly string[];
  /** The page shows no folder (still loading, a file, an error): nothing can be chosen. */
  disabled?: boolean;
}

/**
 * File picker (several files at once), a confirmation before replacing, and progress per file.
 * It stays mounted while the user moves between folders, so uploads stay in view; leaving the
 * tab asks first and then cancels what is still under way, so nothing runs out of sight.
 */
export function UploadPanel({ project, instance, directory, existing, disabled: noFolder = false }: UploadPanelProps) {
  const readOnly = useWriteReason();
  const disabled = noFolder || !!readOnly;
  const upload = useUploadFile(project, instance);
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const nextId = useRef(0);
  /** One per waiting or running upload: aborting it skips or stops that upload. */
  const controllers = useRef(new Map<number, AbortController>());
  const [items, setItems] = useState<UploadItem[]>([]);
  const [confirming, setConfirming] = useState<{ files: File[]; conflicts: string[] } | null>(null);

  const patch = (id: number, change: Partial<UploadItem>) =>
    setItems((current) => current.map((item) => (item.id === id ? { ...item, ...change } : item)));

  const start = async (files: File[]) => {
    const queued = files.map((file) => {
      const item: UploadItem = {
        id: nextId.current++,
        path: joinPath(directory, file.name),
        loaded: 0,
        total: file.size,
        status: 'waiting',
        replacing: existing.includes(file.name),
      };
      const controller = new AbortController();
      controllers.current.set(item.id, controller);
      return { file, item, signal: controller.signal };
    });
    setItems((current) => [...current.filter((item) => item.status !== 'done'), ...queued.map((entry) => entry.item)]);
    // One at a time: each gets the full bandwidth and the list shows a clear order.
    for (const { file, item, signal } of queued) {
      try {
        if (signal.aborted) continue; // cancelled while waiting: already marked
        patch(item.id, { status: 'uploading' });
        await upload.mutateAsync({
          directory,
          file,
          signal,
          onProgress: ({ loaded, total }) => patch(item.id, { loaded, total }),
        });
        patch(item.id, { status: 'done', loaded: file.size });
      } catch (error) {
        if (isLxdError(error) && error.kind === 'aborted') patch(item.id, { status: 'cancelled', interrupted: true });
        else patch(item.id, { status: 'failed', error: errorText(error) });
      } finally {
        controllers.current.delete(item.id);
      }
    }
  };

  useEffect(() => {
    const running = controllers.current;
    return () => {
      for (const controller of running.values()) controller.abort();
    };
  }, []);
  const active = items.filter(isActiveUpload).length;

  const cancel = (id: number) => {
    controllers.current.get(id)?.abort();
    setItems((current) => cancelWaiting(current, id));
  };

  const choose = (list: FileList | null) => {
    const files = Array.from(list ?? []);
    if (inputRef.current) inputRef.current.value = '';
    if (files.length === 0) return;
    const conflicts = files.map((file) => file.name).filter((name) => existing.includes(name));
    if (conflicts.length > 0) setConfirming({ files, conflicts });
    else void start(files);
  };

  return (
    <div className="file-upload">
      <label htmlFor={inputId} className="button" aria-disabled={disabled || undefined} title={readOnly}>
        Upload files…
      </label>
      <input
        id={inputId}
        ref={inputRef}
        className="file-upload-input"
        type="file"
        multiple
        disabled={disabled}
        aria-label="Upload files"
        onChange={(event) => choose(event.target.files)}
      />
      <UploadProgressList items={items} onCancel={cancel} onClear={() => setItems(clearFinishedUploads)} />
      <LeaveGuard when={active > 0} title="Leave while uploading?" confirmLabel="Leave and cancel uploads">
        <p>
          {active === 1 ? 'An upload is' : `${active} uploads are`} still under way to {instance}. Leaving the Files tab cancels{' '}
          {active === 1 ? 'it' : 'them'}; a file being sent may stay partly written.
        </p>
      </LeaveGuard>
      {confirming && (
        <ConfirmDialog
          title={confirming.conflicts.length === 1 ? 'Replace file?' : 'Replace files?'}
          confirmLabel="Replace"
          danger
          onConfirm={() => {
            const { files } = confirming;
            setConfirming(null);
            void start(files);
          }}
          onCancel={() => setConfirming(null)}
        >
          <p>These already exist in {instance} and will be overwritten:</p>
          <ul>
            {confirming.conflicts.map((name) => (
              <li key={name}>
                <strong>{joinPath(directory, name)}</strong>
              </li>
            ))}
          </ul>
          <p>An overwritten file keeps its owner and mode. Nothing is uploaded if you cancel.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
