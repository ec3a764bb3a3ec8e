import { useState } from 'react';
import { validateLxdUrl, validateServerName, type LxdRemote } from '@/api/imageServers/remotes';
import { useRemotesStore } from '@/api/imageServers/remotesStore';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { FormDialog, TextField } from '@/components/FormDialog';
import { showToast } from '@/components/toastStore';
import { normaliseLxdUrl } from './serverListModel';

/** Add or edit an LXD server of the list (name, address, project as `lxc remote add` keeps them). */
export function LxdServerDialog({ remote, onClose }: { remote?: LxdRemote; onClose: () => void }) {
  const remotes = useRemotesStore((state) => state.lxdRemotes);
  const save = useRemotesStore((state) => state.saveLxdRemote);
  const [name, setName] = useState(remote?.name ?? '');
  const [url, setUrl] = useState(remote?.url ?? 'https://');
  const [project, setProject] = useState(remote?.project ?? '');
  const [errors, setErrors] = useState<{ name?: string; url?: string }>({});
  const taken = remotes.map((entry) => entry.name).filter((entry) => entry !== remote?.name);
  const submit = () => {
    const found = { name: validateServerName(name, taken, 'A server'), url: validateLxdUrl(url) };
    setErrors(found);
    if (found.name || found.url) return;
    const next: LxdRemote = { ...remote, name: name.trim(), url: normaliseLxdUrl(url), protocol: 'lxd', project: project.trim() || undefined };
    if (!next.project) delete next.project;
    // The current server's entry may only be shown, not kept yet: then it is added.
    save(remote && remotes.some((entry) => entry.name === remote.name) ? remote.name : undefined, next);
    showToast('success', remote ? `Saved server ${next.name}` : `Added server ${next.name}`);
    onClose();
  };
  return (
    <FormDialog title={remote ? `Edit server ${remote.name}` : 'Add server'} submitLabel={remote ? 'Save' : 'Add'} pending={false} onSubmit={submit} onCancel={onClose}>
      <TextField label="Name" value={name} onChange={setName} error={errors.name} hint="As in lxc remote add NAME …; kept in this browser." autoFocus />
      <TextField label="Address" value={url} onChange={setUrl} error={errors.url} hint="The server’s API address, e.g. https://lxd.example.com:8443" />
      <TextField label="Project" value={project} onChange={setProject} hint="Optional: the project lxc uses there by default." />
    </FormDialog>
  );
}

export function RemoveLxdServerDialog({ remote, onClose }: { remote: LxdRemote; onClose: () => void }) {
  const remove = useRemotesStore((state) => state.removeLxdRemote);
  return (
    <ConfirmDialog
      title={`Remove server ${remote.name}?`}
      confirmLabel="Remove"
      danger
      onCancel={onClose}
      onConfirm={() => {
        remove(remote.name);
        showToast('success', `Removed server ${remote.name}`);
        onClose();
      }}
    >
      <p>
        This browser forgets <strong>{remote.name}</strong> ({remote.url}). The server itself and what runs on it are not touched.
      </p>
    </ConfirmDialog>
  );
}
