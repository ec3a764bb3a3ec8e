import { useState, type ReactNode } from 'react';
import { useDeleteNetworkAcl, useRenameNetworkAcl } from '@/api/network-acls/mutations';
import { DestroyDialog } from '@/components/DestroyDialog';
import { RenameDialog } from '@/components/RenameDialog';
import type { LxdNetworkAcl } from '@/lxd';
import { aclDeleteRefusal, aclNameProblem } from './aclModel';
import { AssignAclDialog } from './AssignAclDialog';

export type AclDialogKind = 'rename' | 'delete' | 'assign';

interface AclDialogOptions {
  taken: readonly string[];
  onRenamed?: (from: string, to: string) => void;
  onDeleted?: (name: string) => void;
}

/** The rename, delete and assign dialogs of the ACL list and page. */
export function useAclDialogs(project: string, { taken, onRenamed, onDeleted }: AclDialogOptions) {
  const [open, setOpen] = useState<{ kind: AclDialogKind; acl: LxdNetworkAcl }>();
  const close = () => setOpen(undefined);
  const rename = useRenameNetworkAcl(project, open?.acl.name ?? '');
  const remove = useDeleteNetworkAcl(project);
  let dialog: ReactNode = null;
  if (open?.kind === 'rename') {
    const from = open.acl.name;
    dialog = (
      <RenameDialog
        noun="network ACL"
        name={from}
        validate={(value) => aclNameProblem(value, taken)}
        onRename={(to) => rename.mutateAsync(to)}
        onCancel={close}
        onDone={(to) => {
          close();
          onRenamed?.(from, to);
        }}
      />
    );
  } else if (open?.kind === 'delete') {
    const { acl } = open;
    const refusal = aclDeleteRefusal(acl);
    dialog = (
      <DestroyDialog
        noun="network ACL"
        names={[acl.name]}
        usedBy={acl.used_by}
        project={project}
        refusal={refusal}
        onConfirm={() => remove.mutateAsync(acl.name)}
        onCancel={close}
        onDone={() => {
          close();
          onDeleted?.(acl.name);
        }}
      />
    );
  } else if (open?.kind === 'assign') {
    dialog = <AssignAclDialog project={project} acl={open.acl.name} onClose={close} />;
  }
  return { open: (kind: AclDialogKind, acl: LxdNetworkAcl) => setOpen({ kind, acl }), dialog };
}
