import { useState } from 'react';
import { useCreateImageAlias, useDeleteImageAlias, useDescribeImageAlias, useRenameImageAlias } from '@/api/images/mutations';
import { DestroyDialog } from '@/components/DestroyDialog';
import { errorText } from '@/components/ErrorState';
import { FormDialog, TextField } from '@/components/FormDialog';
import { RenameDialog } from '@/components/RenameDialog';
import type { LxdImageAlias } from '@/lxd';
import { aliasNameProblem } from './imageModel';

interface AliasDialogBase {
  project: string;
  fingerprint: string;
  /** Alias names already taken on the server (every image's). */
  taken: readonly string[];
  onClose: () => void;
}

/** A new alias for the image: name and description; LXD's refusal stays in the dialog. */
export function AddAliasDialog({ project, fingerprint, taken, onClose }: AliasDialogBase) {
  const create = useCreateImageAlias(project, fingerprint);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [touched, setTouched] = useState(false);
  const problem = aliasNameProblem(name.trim(), taken);
  return (
    <FormDialog
      title="Add an alias"
      submitLabel="Add alias"
      pending={create.isPending}
      error={create.error ? errorText(create.error) : undefined}
      onSubmit={() => {
        setTouched(true);
        if (!problem) create.mutate({ name: name.trim(), description }, { onSuccess: onClose });
      }}
      onCancel={onClose}
    >
      <TextField label="Name" value={name} onChange={setName} autoFocus error={touched || name ? problem : undefined} />
      <TextField label="Description" value={description} onChange={setDescription} />
    </FormDialog>
  );
}

/** Renames an alias; the image keeps it under the new name. */
export function RenameAliasDialog({ project, fingerprint, taken, onClose, alias }: AliasDialogBase & { alias: string }) {
  const rename = useRenameImageAlias(project, fingerprint, alias);
  return (
    <RenameDialog
      noun="alias"
      name={alias}
      validate={(value) => (value === alias ? 'Enter a new name' : aliasNameProblem(value, taken))}
      onRename={(to) => rename.mutateAsync(to)}
      onCancel={onClose}
      onDone={onClose}
    />
  );
}

/** Changes an alias's description (the alias still points at the same image). */
export function DescribeAliasDialog({ project, fingerprint, onClose, alias }: Omit<AliasDialogBase, 'taken'> & { alias: LxdImageAlias }) {
  const describe = useDescribeImageAlias(project, fingerprint, alias.name);
  const [description, setDescription] = useState(alias.description);
  return (
    <FormDialog
      title={`Describe alias ${alias.name}`}
      submitLabel="Save description"
      pending={describe.isPending}
      error={describe.error ? errorText(describe.error) : undefined}
      onSubmit={() => describe.mutate(description, { onSuccess: onClose })}
      onCancel={onClose}
    >
      <TextField label="Description" value={description} onChange={setDescription} autoFocus multiline />
    </FormDialog>
  );
}

/** Deletes the alias only; the image stays (reachable by its fingerprint and other aliases). */
export function DeleteAliasDialog({ project, fingerprint, onClose, alias }: Omit<AliasDialogBase, 'taken'> & { alias: string }) {
  const remove = useDeleteImageAlias(project, fingerprint);
  return (
    <DestroyDialog
      noun="alias"
      names={[alias]}
      consequences={<p>The image itself stays; only this name for it goes.</p>}
      onConfirm={() => remove.mutateAsync(alias)}
      onCancel={onClose}
      onDone={onClose}
    />
  );
}
