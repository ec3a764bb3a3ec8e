import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLxdClient } from '@/api/client-context';
import { serverQueries } from '@/api/server/queries';
import { useCreateStoragePool } from '@/api/storage/mutations';
import { FormDialog, SelectField, TextField, useNameField } from '@/components/FormDialog';
import { createPoolConfig, driverFields, storageNameProblem, supportedDrivers } from './storageModel';

interface CreatePoolDialogProps {
  project: string;
  taken: readonly string[];
  onClose: () => void;
  onCreated: (name: string) => void;
}

/**
 * A new pool: the drivers the server offers, and per driver its main field (dir: a source path;
 * btrfs / lvm / zfs: a loop file's size or a device). LXD's refusal is shown in the dialog, which
 * keeps every field.
 */
export function CreatePoolDialog({ project, taken, onClose, onCreated }: CreatePoolDialogProps) {
  const client = useLxdClient();
  const drivers = supportedDrivers(useQuery(serverQueries.info(client)).data);
  const create = useCreateStoragePool(project);
  const { name, field: nameField, check } = useNameField((value) => storageNameProblem('Pool', value, taken), () => create.reset());
  const [driver, setDriver] = useState(drivers.includes('dir') ? 'dir' : (drivers[0] ?? 'dir'));
  const [description, setDescription] = useState('');
  const [source, setSource] = useState('');
  const [size, setSize] = useState('');
  const fields = driverFields(driver);
  const edit = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    create.reset();
  };

  const submit = () => {
    if (!check()) return;
    create.mutate({ name, driver, description, config: createPoolConfig(driver, source, size) }, { onSuccess: () => onCreated(name) });
  };

  return (
    <FormDialog
      title="Create storage pool"
      submitLabel="Create pool"
      pending={create.isPending}
      error={create.error ? `LXD refused: ${create.error.message}` : undefined}
      onSubmit={submit}
      onCancel={onClose}
    >
      {nameField}
      <SelectField
        label="Driver"
        value={driver}
        options={drivers.map((value) => ({ value, label: value }))}
        hint="The drivers this server can use."
        onChange={edit(setDriver)}
      />
      <TextField label="Description" value={description} onChange={edit(setDescription)} />
      {fields === 'path' && (
        <TextField
          label="Source path"
          value={source}
          placeholder="empty: a folder in LXD's own storage"
          hint="An existing empty folder on the server, or empty to let LXD make one."
          onChange={edit(setSource)}
        />
      )}
      {fields === 'loop' && (
        <div className="storage-form-row">
          <TextField label="Size of the loop file" value={size} placeholder="e.g. 5GiB" hint="Empty: LXD's default size." onChange={edit(setSize)} />
          <TextField label="Or a source device" value={source} placeholder="e.g. /dev/sdb" hint="A device or an existing pool instead of a loop file." onChange={edit(setSource)} />
        </div>
      )}
      {fields === 'source' && <TextField label="Source" value={source} hint="The driver's source (device, pool or cluster name)." onChange={edit(setSource)} />}
    </FormDialog>
  );
}
