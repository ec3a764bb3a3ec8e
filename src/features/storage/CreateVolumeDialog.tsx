import { useState } from 'react';
import { useCreateVolume } from '@/api/storage-volumes/mutations';
import { FormDialog, SelectField, TextField, useNameField } from '@/components/FormDialog';
import { storageNameProblem } from './storageModel';

interface CreateVolumeDialogProps {
  project: string;
  /** The pools offered; the first is chosen. */
  pools: readonly string[];
  /** Custom volume names taken, by pool. */
  taken: (pool: string) => readonly string[];
  onClose: () => void;
  onCreated: (pool: string, name: string) => void;
}

/** A new custom volume: pool, name, filesystem or block, size, description. LXD's refusal keeps every field. */
export function CreateVolumeDialog({ project, pools, taken, onClose, onCreated }: CreateVolumeDialogProps) {
  const create = useCreateVolume(project);
  const [pool, setPool] = useState(pools[0] ?? '');
  const { name, field: nameField, check } = useNameField((value) => storageNameProblem('Volume', value, taken(pool)), () => create.reset());
  const [contentType, setContentType] = useState<'filesystem' | 'block'>('filesystem');
  const [size, setSize] = useState('');
  const [description, setDescription] = useState('');
  const edit = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    create.reset();
  };
  const submit = () => {
    if (!check()) return;
    const config: Record<string, string> = size.trim() ? { size: size.trim() } : {};
    create.mutate({ pool, name, content_type: contentType, description, config }, { onSuccess: () => onCreated(pool, name) });
  };
  return (
    <FormDialog
      title="Create volume"
      submitLabel="Create volume"
      pending={create.isPending}
      error={create.error ? `LXD refused: ${create.error.message}` : undefined}
      onSubmit={submit}
      onCancel={onClose}
    >
      {pools.length > 1 && <SelectField label="Pool" value={pool} options={pools.map((value) => ({ value, label: value }))} onChange={edit(setPool)} />}
      {nameField}
      <SelectField
        label="Content"
        value={contentType}
        options={[
          { value: 'filesystem', label: 'Filesystem (mounted at a path)' },
          { value: 'block', label: 'Block device (virtual machines)' },
        ]}
        onChange={edit((value: string) => setContentType(value === 'block' ? 'block' : 'filesystem'))}
      />
      <TextField label="Size" value={size} placeholder="e.g. 1GiB" hint="Empty: the pool's default; a dir pool does not enforce it without project quotas." onChange={edit(setSize)} />
      <TextField label="Description" value={description} onChange={edit(setDescription)} />
    </FormDialog>
  );
}
