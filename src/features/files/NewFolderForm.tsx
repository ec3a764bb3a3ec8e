import { useId, useState, type FormEvent } from 'react';
import { useCreateFolder } from '@/api/files/mutations';
import { errorText } from '@/components/ErrorState';
import { entryNameError } from '@/lxd/files';
import { ActionButton } from '@/components/reasons';
import { WriteFieldset } from '@/components/readOnly';

interface NewFolderFormProps {
  project: string;
  instance: string;
  directory: string;
  taken: readonly string[];
}

/** A folder name, checked before sending; LXD's refusal stays next to it, and so does the name. */
export function NewFolderForm({ project, instance, directory, taken }: NewFolderFormProps) {
  const create = useCreateFolder(project, instance);
  const [name, setName] = useState('');
  const [checked, setChecked] = useState(false);
  const id = useId();
  const localError = entryNameError(name, taken);
  const shownError = (checked && localError) || (create.error ? errorText(create.error) : null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (localError) return;
    create.mutate(
      { directory, name },
      {
        onSuccess: () => {
          setName('');
          setChecked(false);
        },
      },
    );
  };

  return (
    <form className="file-new-folder" onSubmit={submit} aria-label="New folder" noValidate>
<WriteFieldset>
      <label htmlFor={`${id}-name`}>Folder name</label>
      <input
        id={`${id}-name`}
        className="input"
        value={name}
        aria-invalid={!!shownError}
        aria-describedby={shownError ? `${id}-error` : undefined}
        onChange={(event) => {
          setName(event.target.value);
          if (create.error) create.reset();
        }}
      />
      <ActionButton write type="submit" className="button" disabled={create.isPending}>
        {create.isPending ? 'Creating…' : 'Create folder'}
      </ActionButton>
      {shownError && (
        <p id={`${id}-error`} className="file-form-error" role="alert">
          {shownError}
        </p>
      )}
    </WriteFieldset>
</form>
  );
}
