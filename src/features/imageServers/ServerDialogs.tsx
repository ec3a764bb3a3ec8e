import { useState } from 'react';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { FormDialog, TextField } from '@/components/FormDialog';
import { RemotesImportDialog } from '@/components/RemotesImportDialog';
import { showToast } from '@/components/toastStore';
import { normaliseUrl, validateServerName, validateServerUrl, type ImageServer } from '@/api/imageServers/remotes';
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
  return (
    <RemotesImportDialog
      title="Import image servers"
      intro={
        <>
          A file exported here, or an lxc <code>config.yml</code> (usually <code>~/.config/lxc/config.yml</code> or{' '}
          <code>~/snap/lxd/common/config/config.yml</code>): its simplestreams remotes become image servers, its LXD remotes join the Servers
          list.
        </>
      }
      onClose={onClose}
    />
  );
}
