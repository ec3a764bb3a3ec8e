import { useState } from 'react';
import { useRenameProfile } from '@/api/profiles/mutations';
import { FormDialog, TextField } from '@/components/FormDialog';
import { profileNameProblem } from './profileModel';

interface RenameProfileDialogProps {
  project: string;
  name: string;
  /** Names already taken in the project, checked before asking LXD. */
  taken: readonly string[];
  onClose: () => void;
  onRenamed: (newName: string) => void;
}

export function RenameProfileDialog({ project, name, taken, onClose, onRenamed }: RenameProfileDialogProps) {
  const [value, setValue] = useState(name);
  const [touched, setTouched] = useState(false);
  const rename = useRenameProfile(project, name);
  const problem = value === name ? 'Enter a new name' : profileNameProblem(value, taken);
  // LXD's own refusal shows where the user typed, until the name is edited again.
  const error = rename.error ? `LXD refused: ${rename.error.message}` : touched ? problem : undefined;

  return (
    <FormDialog
      title={`Rename profile ${name}`}
      submitLabel="Rename"
      pending={rename.isPending}
      onCancel={onClose}
      onSubmit={() => {
        setTouched(true);
        if (problem) return;
        rename.mutateAsync(value).then(() => onRenamed(value), () => undefined);
      }}
    >
      <TextField
        label="New name"
        value={value}
        autoFocus
        error={error}
        hint="Instances using the profile keep it under its new name."
        onChange={(next) => {
          setValue(next);
          setTouched(true);
          rename.reset();
        }}
      />
    </FormDialog>
  );
}
