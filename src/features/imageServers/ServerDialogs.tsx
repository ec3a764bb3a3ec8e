import { useState } from 'react';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { FormDialog, TextField } from '@/components/FormDialog';
import { showToast } from '@/components/toastStore';
import { normaliseUrl, parseRemotesImport, RemotesImportError, validateServerName, validateServerUrl, type ImageServer } from '@/api/imageServers/remotes';
import { useRemotesStore } from '@/api/imageServers/remotesStore';

interface ServerDialogProps {
  /** The server edited; none to add one. */
  server?: ImageServer;
  onClose: () => void;
}

/** Add or edit an image server (name and address). */
export function ServerDialog({ server, onClose }: ServerDialogProps) {
  const servers = useRemotesStore((state) => state.servers);
  const add = useRemotesStore((state) => state.add);
  const update = useRemotesStore((state) => state.update);
  const [name, setName] = useState(server?.name ?? '');
  const [url, setUrl] = useState(server?.url ?? 'https://');
  const [errors, setErrors] = useState<{ name?: string; url?: string }>({});
  const taken = servers.map((entry) => entry.name).filter((entry) => entry !== server?.name);
  const submit = () => {
    const found = { name: validateServerName(name, taken), url: validateServerUrl(url) };
    setErrors(found);
    if (found.name || found.url) return;
    const next: ImageServer = { name: name.trim(), url: normaliseUrl(url), protocol: 'simplestreams' };
    if (server) update(server.name, next);
    else add(next);
    showToast('success', server ? `Saved image server ${next.name}` : `Added image server ${next.name}`);
    onClose();
  };
  return (
    <FormDialog title={server ? `Edit image server ${server.name}` : 'Add image server'} submitLabel={server ? 'Save' : 'Add'} pending={false} onSubmit={submit} onCancel={onClose}>
      <TextField label="Name" value={name} onChange={setName} error={errors.name} hint="As in lxc remote add NAME …; kept in this browser." autoFocus />
      <TextField label="Address" value={url} onChange={setUrl} error={errors.url} hint="A simplestreams server, e.g. https://images.lxd.canonical.com" />
    </FormDialog>
  );
}

export function RemoveServerDialog({ server, onClose }: { server: ImageServer; onClose: () => void }) {
  const remove = useRemotesStore((state) => state.remove);
  return (
    <ConfirmDialog
      title={`Remove image server ${server.name}?`}
      confirmLabel="Remove"
      danger
      onCancel={onClose}
      onConfirm={() => {
        remove(server.name);
        showToast('success', `Removed image server ${server.name}`);
        onClose();
      }}
    >
      <p>
        This browser forgets <strong>{server.name}</strong> ({server.url}). Images already copied from it and instances made from them stay as
        they are.
      </p>
    </ConfirmDialog>
  );
}

/** Import a JSON export or an lxc config.yml, pasted or chosen as a file. Invalid input changes nothing. */
export function ImportDialog({ onClose }: { onClose: () => void }) {
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
      const parts = [
        `${parsed.servers.length} image server${parsed.servers.length === 1 ? '' : 's'}`,
        ...(parsed.lxdRemotes.length ? [`${parsed.lxdRemotes.length} LXD server${parsed.lxdRemotes.length === 1 ? '' : 's'} kept for later`] : []),
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
    <FormDialog title="Import image servers" submitLabel="Import" pending={false} error={error} onSubmit={submit} onCancel={onClose}>
      <p className="muted">
        A file exported here, or an lxc <code>config.yml</code> (usually <code>~/.config/lxc/config.yml</code> or{' '}
        <code>~/snap/lxd/common/config/config.yml</code>): its simplestreams remotes become image servers, its LXD remotes are kept for later.
      </p>
      <div className="form-field">
        <label htmlFor="import-file">File</label>
        <input id="import-file" type="file" className="input" accept=".json,.yml,.yaml,application/json,application/yaml" onChange={(event) => readFile(event.target.files?.[0])} />
      </div>
      <TextField label="Or paste it here" value={text} onChange={(value) => { setText(value); setError(undefined); }} multiline />
    </FormDialog>
  );
}
