import { useDeleteWarnings } from '@/api/warnings/mutations';
import type { LxdWarning } from '@/api/warnings/types';
import { DestroyDialog } from '@/components/DestroyDialog';
import { warningLabel } from './warningModel';

interface DeleteWarningsDialogProps {
  warnings: readonly LxdWarning[];
  onClose: () => void;
  onDeleted: () => void;
}

/** Deleting forgets the warning; LXD raises it again if the problem comes back. */
export function DeleteWarningsDialog({ warnings, onClose, onDeleted }: DeleteWarningsDialogProps) {
  const remove = useDeleteWarnings();
  return (
    <DestroyDialog
      noun="warning"
      names={warnings.map(warningLabel)}
      consequences={<p>LXD raises a warning again if the problem comes back.</p>}
      onConfirm={() => remove.mutateAsync(warnings.map((warning) => warning.uuid))}
      onCancel={onClose}
      onDone={onDeleted}
    />
  );
}
