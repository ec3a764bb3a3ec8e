import { useDeleteProfile } from '@/api/profiles/mutations';
import { DestroyDialog } from '@/components/DestroyDialog';
import type { LxdProfile } from '@/lxd';
import { deleteRefusal } from './profileModel';

interface DeleteProfileDialogProps {
  project: string;
  profile: LxdProfile;
  onClose: () => void;
  onDeleted: () => void;
}

/** Refuses up front what LXD refuses (the default profile, a profile in use, naming its users). */
export function DeleteProfileDialog({ project, profile, onClose, onDeleted }: DeleteProfileDialogProps) {
  const remove = useDeleteProfile(project);
  const refusal = deleteRefusal(profile);
  return (
    <DestroyDialog
      noun="profile"
      names={[profile.name]}
      usedBy={profile.used_by}
      project={project}
      refusal={refusal}
      consequences={refusal ? undefined : <p>Nothing uses it, so no instance is affected.</p>}
      onConfirm={() => remove.mutateAsync(profile.name)}
      onCancel={onClose}
      onDone={onDeleted}
    />
  );
}
