import { useDeleteNetwork, useRenameNetwork } from '@/api/networks/mutations';
import { useObjectDialogs } from '@/components/useObjectDialogs';
import type { LxdNetwork } from '@/lxd';
import { AttachNetworkDialog } from './AttachNetworkDialog';
import { deleteRefusal, networkNameProblem, renameRefusal } from './networkModel';

export type NetworkDialogKind = 'rename' | 'delete' | 'attach';

interface NetworkDialogOptions {
  /** Names taken in the project, for the rename check. */
  taken: readonly string[];
  onRenamed?: (from: string, to: string) => void;
  onDeleted?: (name: string) => void;
}

/** The rename, delete and attach dialogs of the list and the network page: which is open, and the dialog. */
export function useNetworkDialogs(project: string, { taken, onRenamed, onDeleted }: NetworkDialogOptions) {
  return useObjectDialogs<LxdNetwork, 'attach'>({
    project,
    noun: 'network',
    nameProblem: (value) => networkNameProblem(value, taken),
    renameRefusal,
    deleteRefusal,
    deleteConsequences: <p>Nothing uses it; its host interface goes too.</p>,
    useRename: useRenameNetwork,
    useDelete: useDeleteNetwork,
    more: (_kind, network, close) => <AttachNetworkDialog project={project} network={network} onClose={close} />,
    onRenamed,
    onDeleted,
  });
}
