import { useRenameProfile } from '@/api/profiles/mutations';
import { RenameDialog } from '@/components/RenameDialog';
import { profileNameProblem } from './profileModel';

interface RenameProfileDialogProps {
  project: string;
  name: string;
  /** Names already taken in the project, checked before asking LXD. */
  taken: readonly string[];
  onClose: () => void;
  onRenamed: (newName: string) => void;
}

/** The shared rename dialog with LXD's rules for profile names; instances keep the profile under its new name. */
export function RenameProfileDialog({ project, name, taken, onClose, onRenamed }: RenameProfileDialogProps) {
  const rename = useRenameProfile(project, name);
  return (
    <RenameDialog
      noun="profile"
      name={name}
      validate={(value) => (value === name ? 'Enter a new name' : profileNameProblem(value, taken))}
      onRename={(to) => rename.mutateAsync(to)}
      onCancel={onClose}
      onDone={onRenamed}
    />
  );
}
