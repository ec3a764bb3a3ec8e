import { useDeleteNetworkAcl, useRenameNetworkAcl } from '@/api/network-acls/mutations';
import { useObjectDialogs } from '@/components/useObjectDialogs';
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
  return useObjectDialogs<LxdNetworkAcl, 'assign'>({
    project,
    noun: 'network ACL',
    nameProblem: (value) => aclNameProblem(value, taken),
    deleteRefusal: aclDeleteRefusal,
    useRename: useRenameNetworkAcl,
    useDelete: useDeleteNetworkAcl,
    more: (_kind, acl, close) => <AssignAclDialog project={project} acl={acl.name} onClose={close} />,
    onRenamed,
    onDeleted,
  });
}
