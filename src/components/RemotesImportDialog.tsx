import { useState, type ReactNode } from 'react';
import { parseRemotesImport, RemotesImportError, type RemotesData } from '@/api/imageServers/remotes';
import { useRemotesStore } from '@/api/imageServers/remotesStore';
import { saveReached } from '@/api/servers/reached';
import { downloadText } from '@/lib/download';
import { FormDialog, TextField } from './FormDialog';
import { showToast } from './toastStore';
import { ActionButton } from './reasons';

const counted = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

interface RemotesImportDialogProps {
  title: string;
  /** What the file may be and where its parts go. */
  intro: ReactNode;
  /** After the lists (and the `reached` times) were merged into what this browser keeps. */
  onImported?: (parsed: RemotesData) => void;
  onClose: () => void;
}

/**
 * Import of what this browser keeps about remotes: a JSON export, or an `lxc` `config.yml`
 * (simplestreams remotes become image servers, LXD remotes servers), pasted or chosen as a file.
 * Invalid input changes nothing and says what is wrong; the toast names what was skipped and why.
 */
export function RemotesImportDialog({ title, intro, onImported, onClose }: RemotesImportDialogProps) {
  const importRemotes = useRemotesStore((state) => state.importRemotes);
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const readFile = (file: File | undefined) => {
    if (!file) return;
    void file.text().then(
      (content) => {
        setText(content);
        setError(undefined);
      },
      () => setError(`Could not read ${file.name}`),
    );
  };
  const submit = () => {
    try {
      const parsed = parseRemotesImport(text);
      const result = importRemotes(parsed);
      saveReached(parsed.reached);
      onImported?.(parsed);
      const parts = [
        ...(parsed.servers.length || !parsed.lxdRemotes.length ? [counted(parsed.servers.length, 'image server')] : []),
        ...(parsed.lxdRemotes.length ? [counted(parsed.lxdRemotes.length, 'LXD server')] : []),
      ];
      const replaced = result.replaced.length ? ` (replaced: ${result.replaced.join(', ')})` : '';
      const skipped = parsed.skipped.length ? `; skipped ${parsed.skipped.join(', ')}` : '';
      showToast('success', `Imported ${parts.join(' and ')}${replaced}${skipped}`);
      onClose();
    } catch (caught) {
      setError(caught instanceof RemotesImportError ? caught.message : String(caught));
    }
  };
  return (
    <FormDialog title={title} submitLabel="Import" pending={false} error={error} onSubmit={submit} onCancel={onClose}>
      <p className="muted">{intro}</p>
      <div className="form-field">
        <label htmlFor="import-file">File</label>
        <input
          id="import-file"
          type="file"
          className="input"
          accept=".json,.yml,.yaml,application/json,application/yaml"
          onChange={(event) => readFile(event.target.files?.[0])}
        />
      </div>
      <TextField
        label="Or paste it here"
        value={text}
        onChange={(value) => {
          setText(value);
          setError(undefined);
        }}
        multiline
      />
    </FormDialog>
  );
}

interface RemotesFileButtonsProps {
  /** The name the export is saved under. */
  fileName: string;
  /** The export's text, made when the button is pressed. */
  exported: () => string;
  onImport: () => void;
}

/** Export (a JSON file, downloaded) and Import… (opens `RemotesImportDialog`) of a remotes page's header. */
export function RemotesFileButtons({ fileName, exported, onImport }: RemotesFileButtonsProps) {
  return (
    <>
      <button type="button" className="button" data-view="" onClick={() => downloadText(fileName, exported())}>
        Export
      </button>
      <ActionButton write className="button" aria-haspopup="dialog" onClick={onImport}>
        Import…
      </ActionButton>
    </>
  );
}
