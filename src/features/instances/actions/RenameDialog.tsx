import { useState } from 'react';
import { useRenameInstance } from '@/api/instances/mutations';
import { FormDialog, TextField } from '@/components/FormDialog';
import { instanceNameProblem } from './nameCheck';
import { useInstanceNames } from './useInstanceNames';

interface RenameDialogProps {
  project: string;
  name: string;
  onClose: () => void;
  onRenamed: (newName: string) => void;
}

export function RenameDialog({ project, name, onClose, onRenamed }: RenameDialogProps) {
  const [value, setValue] = useState(name);
  const [touched, setTouched] = useState(false);
  const names = useInstanceNames(project);
  const rename = useRenameInstance(project, name);
  const problem = value === name ? 'Enter a new name' : instanceNameProblem(value, names, project);
  // LXD's own refusal shows where the user typed, until the name is edited again.
  const error = rename.error?.message ?? (touched ? problem : undefined);

  return (
    <FormDialog
      title={`Rename ${name}`}
      submitLabel="Rename"
      pending={rename.isPending}
      onCancel={onClose}
      onSubmit={() => {
        setTouched(true);
        if (problem) return;
        // mutateAsync: the caller must hear of success even if the page re-rendered meanwhile.
        rename.mutateAsync(value).then(() => onRenamed(value), () => undefined);
      }}
    >
      <TextField
        label="New name"
        value={value}
        autoFocus
        error={error}
        hint="Letters, digits and hyphens; up to 63 characters, not starting with a digit or hyphen."
        onChange={(next) => {
          setValue(next);
          setTouched(true);
          rename.reset();
        }}
      />
    </FormDialog>
  );
}
