import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLxdClient } from '@/api/client-context';
import { instanceQueries } from '@/api/instances/queries';
import { projectQueries } from '@/api/projects/queries';
import { storagePoolQueries } from '@/api/storage/queries';
import {
  useAttachVolume,
  useCopyVolume,
  useDeleteVolume,
  useRenameVolume,
  useResizeVolume,
} from '@/api/storage-volumes/mutations';
import { CheckboxField, FormDialog, SelectField, TextField } from '@/components/FormDialog';
import { DestroyDialog } from '@/components/DestroyDialog';
import { RenameDialog } from '@/components/RenameDialog';
import type { LxdStorageVolume, LxdSyncResult } from '@/lxd';
import { attachedInstances, storageNameProblem, volumeDeleteRefusal } from './storageModel';

interface VolumeDialogProps {
  project: string;
  pool: string;
  volume: LxdStorageVolume;
  onClose: () => void;
}

export function DeleteVolumeDialog({ project, pool, volume, onClose, onDeleted }: VolumeDialogProps & { onDeleted: () => void }) {
  const remove = useDeleteVolume(project, pool);
  const refusal = volumeDeleteRefusal(volume, project);
  return (
    <DestroyDialog
      noun="volume"
      names={[volume.name]}
      usedBy={volume.used_by}
      project={project}
      refusal={refusal}
      consequences={refusal ? undefined : <p>Its content and snapshots are deleted from pool {pool}.</p>}
      onConfirm={() => remove.mutateAsync(volume.name)}
      onCancel={onClose}
      onDone={onDeleted}
    />
  );
}

export function RenameVolumeDialog({ project, pool, volume, taken, onClose, onRenamed }: VolumeDialogProps & { taken: readonly string[]; onRenamed: (to: string) => void }) {
  const rename = useRenameVolume(project, pool, volume.name);
  const refusal = attachedInstances(volume, project).length > 0 ? `Volume ${volume.name} is attached: detach it before renaming.` : undefined;
  return (
    <RenameDialog
      noun="volume"
      name={volume.name}
      refusal={refusal}
      validate={(value) => (value === volume.name ? 'Enter a new name' : storageNameProblem('Volume', value, taken))}
      onRename={(to) => rename.mutateAsync(to)}
      onCancel={onClose}
      onDone={onRenamed}
    />
  );
}

export function ResizeVolumeDialog({ project, pool, volume, latest, onClose }: VolumeDialogProps & { latest: LxdSyncResult<LxdStorageVolume> }) {
  const resize = useResizeVolume(project, pool, volume.name);
  const [size, setSize] = useState(volume.config.size ?? '');
  return (
    <FormDialog
      title={`Resize volume ${volume.name}`}
      submitLabel="Resize"
      pending={resize.isPending}
      error={resize.error ? `LXD refused: ${resize.error.message}` : undefined}
      submitReason={size.trim() === '' ? 'Enter a size' : undefined}
      onSubmit={() => resize.mutate({ size: size.trim(), etag: latest.etag, volume: latest.data }, { onSuccess: onClose })}
      onCancel={onClose}
    >
      <TextField
        label="New size"
        value={size}
        autoFocus
        placeholder="e.g. 2GiB"
        hint="Some drivers cannot shrink a volume; LXD says so."
        onChange={(value) => {
          setSize(value);
          resize.reset();
        }}
      />
    </FormDialog>
  );
}

export function CopyVolumeDialog({ project, pool, volume, onClose, onDone }: VolumeDialogProps & { onDone: (pool: string, project: string, name: string, moved: boolean) => void }) {
  const client = useLxdClient();
  const pools = useQuery(storagePoolQueries.names(client, project)).data?.map((entry) => entry.name) ?? [pool];
  const projects = useQuery(projectQueries.list(client)).data?.map((entry) => entry.name) ?? [project];
  const copy = useCopyVolume(project, pool, volume.name);
  const [move, setMove] = useState(false);
  const [target, setTarget] = useState(pools.find((entry) => entry !== pool) ?? pool);
  const [targetProject, setTargetProject] = useState(project);
  const [name, setName] = useState(volume.name);
  const [withSnapshots, setWithSnapshots] = useState(true);
  const same = target === pool && targetProject === project && name === volume.name;
  const nameProblem = storageNameProblem('Volume', name) ?? (same ? 'Choose another pool, project or name' : undefined);
  const attached = move && attachedInstances(volume, project).length > 0 ? `Volume ${volume.name} is attached: detach it before moving.` : undefined;
  const edit = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    copy.reset();
  };
  return (
    <FormDialog
      title={`Copy or move volume ${volume.name}`}
      submitLabel={move ? 'Move volume' : 'Copy volume'}
      pending={copy.isPending}
      error={copy.error ? `LXD refused: ${copy.error.message}` : undefined}
      submitReason={attached ?? nameProblem}
      onSubmit={() =>
        copy.mutate(
          { move, pool: target, project: targetProject, name, volumeOnly: !withSnapshots },
          { onSuccess: () => onDone(target, targetProject, name, move) },
        )
      }
      onCancel={onClose}
    >
      <SelectField
        label="Action"
        value={move ? 'move' : 'copy'}
        options={[
          { value: 'copy', label: 'Copy (keep this volume)' },
          { value: 'move', label: 'Move (this volume goes away)' },
        ]}
        onChange={edit((value: string) => setMove(value === 'move'))}
      />
      <SelectField label="Target pool" value={target} options={pools.map((value) => ({ value, label: value }))} onChange={edit(setTarget)} />
      <SelectField label="Target project" value={targetProject} options={projects.map((value) => ({ value, label: value }))} onChange={edit(setTargetProject)} />
      <TextField label="New name" value={name} error={nameProblem} onChange={edit(setName)} />
      <CheckboxField label="With its snapshots" checked={withSnapshots} onChange={edit(setWithSnapshots)} />
      {attached && <p className="muted">{attached}</p>}
    </FormDialog>
  );
}

export function AttachVolumeDialog({ project, pool, volume, instance: fixed, onClose }: VolumeDialogProps & { instance?: string }) {
  const client = useLxdClient();
  const instances = useQuery(instanceQueries.list(client, project)).data?.map((entry) => entry.name) ?? [];
  const attach = useAttachVolume(project, pool, volume.name);
  const [instance, setInstance] = useState(fixed ?? '');
  const [path, setPath] = useState(`/mnt/${volume.name}`);
  const filesystem = volume.content_type !== 'block';
  const reason = !instance ? 'Choose an instance' : filesystem && !path.startsWith('/') ? 'The path must start with /' : undefined;
  const edit = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    attach.reset();
  };
  return (
    <FormDialog
      title={`Attach volume ${volume.name}`}
      submitLabel="Attach"
      pending={attach.isPending}
      error={attach.error ? `LXD refused: ${attach.error.message}` : undefined}
      submitReason={reason}
      onSubmit={() => attach.mutate({ instance, ...(filesystem ? { path } : {}) }, { onSuccess: onClose })}
      onCancel={onClose}
    >
      {!fixed && (
        <SelectField
          label="Instance"
          value={instance}
          options={[{ value: '', label: 'Choose…' }, ...instances.map((value) => ({ value, label: value }))]}
          onChange={edit(setInstance)}
        />
      )}
      {filesystem ? (
        <TextField label="Path in the instance" value={path} hint="Where the volume is mounted." onChange={edit(setPath)} />
      ) : (
        <p className="muted">A block volume is given to a virtual machine as a disk; it has no path.</p>
      )}
    </FormDialog>
  );
}
