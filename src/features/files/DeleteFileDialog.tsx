import { useDeleteFile } from '@/api/files/mutations';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { errorText } from '@/components/ErrorState';
import { joinPath, type LxdFileStat } from '@/lxd/files';

interface DeleteFileDialogProps {
  project: string;
  instance: string;
  directory: string;
  name: string;
  stat: LxdFileStat | undefined;
  onDone: () => void;
}

/** Names the path; a refusal (a folder that is not empty) stays in the dialog with LXD's words. */
export function DeleteFileDialog({ project, instance, directory, name, stat, onDone }: DeleteFileDialogProps) {
  const remove = useDeleteFile(project, instance);
  const path = joinPath(directory, name);
  const isFolder = stat?.type === 'directory';
  return (
    <ConfirmDialog
      title={isFolder ? 'Delete folder?' : 'Delete file?'}
      confirmLabel="Delete"
      danger
      pending={remove.isPending}
      onConfirm={() => remove.mutate({ directory, name }, { onSuccess: onDone })}
      onCancel={onDone}
    >
      <p>
        Delete <strong>{path}</strong> from <strong>{instance}</strong>? This cannot be undone.
      </p>
      {isFolder && <p>LXD deletes only empty folders: delete what is inside first.</p>}
      {stat?.type === 'symlink' && <p>Only the link is deleted, not what it points to.</p>}
      {remove.error && (
        <p className="file-form-error" role="alert">
          {errorText(remove.error)}
        </p>
      )}
    </ConfirmDialog>
  );
}
