import { useState, type ReactNode } from 'react';
import type { LxdProfile } from '@/lxd';
import { DeleteProfileDialog } from './DeleteProfileDialog';
import { ProfileInstancesDialog } from './ProfileInstancesDialog';
import { RenameProfileDialog } from './RenameProfileDialog';

export type ProfileDialogKind = 'rename' | 'delete' | 'instances';

interface ProfileDialogOptions {
  /** Names taken in the project, for the rename check. */
  taken: readonly string[];
  onRenamed?: (from: string, to: string) => void;
  onDeleted?: (name: string) => void;
}

/** The rename, delete and instances dialogs of the list and the detail page: which is open, and the dialog. */
export function useProfileDialogs(project: string, { taken, onRenamed, onDeleted }: ProfileDialogOptions) {
  const [open, setOpen] = useState<{ kind: ProfileDialogKind; profile: LxdProfile }>();
  const close = () => setOpen(undefined);
  let dialog: ReactNode = null;
  if (open?.kind === 'rename') {
    const from = open.profile.name;
    dialog = (
      <RenameProfileDialog
        project={project}
        name={from}
        taken={taken}
        onClose={close}
        onRenamed={(to) => {
          close();
          onRenamed?.(from, to);
        }}
      />
    );
  } else if (open?.kind === 'delete') {
    const name = open.profile.name;
    dialog = (
      <DeleteProfileDialog
        project={project}
        profile={open.profile}
        onClose={close}
        onDeleted={() => {
          close();
          onDeleted?.(name);
        }}
      />
    );
  } else if (open?.kind === 'instances') {
    dialog = <ProfileInstancesDialog project={project} profile={open.profile.name} onClose={close} />;
  }
  return { open: (kind: ProfileDialogKind, profile: LxdProfile) => setOpen({ kind, profile }), dialog };
}
