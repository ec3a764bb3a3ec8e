import './storage.css';
import { useRef, useState } from 'react';
import { useImportVolume } from '@/api/storage-volumes/backups';
import { errorText } from '@/components/ErrorState';
import { FormDialog, TextField } from '@/components/FormDialog';
import { FormField } from '@/components/FormField';
import { formatBytes } from '@/lib/format';
import { storageNameProblem } from './storageModel';

interface ImportVolumeDialogProps {
  project: string;
  pool: string;
  taken: readonly string[];
  onClose: () => void;
  onImported: (name: string) => void;
}

/** A new custom volume from a backup file, with upload progress; Cancel stops the upload. */
export function ImportVolumeDialog({ project, pool, taken, onClose, onImported }: ImportVolumeDialogProps) {
  const importVolume = useImportVolume(project, pool);
  const [file, setFile] = useState<File>();
  const [name, setName] = useState('');
  const [progress, setProgress] = useState<{ loaded: number; total: number }>();
  const abort = useRef<AbortController>(undefined);
  const nameProblem = storageNameProblem('Volume', name, taken);
  const cancelled = importVolume.error && /cancel/i.test(importVolume.error.message);

  const submit = () => {
    if (!file || nameProblem) return;
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ loaded: 0, total: file.size });
    importVolume.mutate({ name, file, onProgress: setProgress, signal: controller.signal }, { onSuccess: () => onImported(name) });
  };

  return (
    <FormDialog
      title={`Import a volume into ${pool}`}
      submitLabel="Import"
      pending={false}
      error={importVolume.error && !cancelled ? `LXD refused: ${errorText(importVolume.error)}` : undefined}
      submitReason={importVolume.isPending ? 'Importing…' : !file ? 'Choose a backup file' : nameProblem}
      onSubmit={submit}
      cancelLabel={importVolume.isPending ? 'Cancel import' : 'Close'}
      onCancel={() => {
        if (importVolume.isPending) abort.current?.abort();
        else onClose();
      }}
    >
      <FormField id="import-volume-file" label="Backup file" hint="A file downloaded from a volume's Backups tab.">
        <input
          id="import-volume-file"
          className="input"
          type="file"
          aria-describedby="import-volume-file-hint"
          disabled={importVolume.isPending}
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            setFile(chosen);
            if (chosen && !name) setName(chosen.name.replace(/\.tar(\.gz)?$/, '').replace(/[^A-Za-z0-9-]+/g, '-'));
            importVolume.reset();
          }}
        />
      </FormField>
      <TextField label="New volume name" value={name} error={name ? nameProblem : undefined} onChange={(value) => { setName(value); importVolume.reset(); }} />
      {importVolume.isPending && progress && (
        <div role="status" aria-live="polite">
          <progress className="import-progress" max={progress.total || 1} value={progress.loaded} aria-label="Upload progress" />
          <p className="muted">
            {progress.loaded >= progress.total ? 'Uploaded; LXD is unpacking the volume…' : `Uploaded ${formatBytes(progress.loaded)} of ${formatBytes(progress.total)}`}
          </p>
        </div>
      )}
      {cancelled && <p role="status">Import cancelled.</p>}
    </FormDialog>
  );
}
