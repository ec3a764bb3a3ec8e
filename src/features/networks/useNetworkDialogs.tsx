import { useState, type ReactNode } from 'react';
import { useDeleteNetwork, useRenameNetwork } from '@/api/networks/mutations';
import { DestroyDialog } from '@/components/DestroyDialog';
import { RenameDialog } from '@/components/RenameDialog';
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
  const [open, setOpen] = useState<{ kind: NetworkDialogKind; network: LxdNetwork }>();
  const close = () => setOpen(undefined);
  const rename = useRenameNetwork(project, open?.network.name ?? '');
  const remove = useDeleteNetwork(project);
  let dialog: ReactNode = null;
  if (open?.kind === 'rename') {
    const from = open.network.name;
    dialog = (
      <RenameDialog
        noun="network"
        name={from}
        refusal={renameRefusal(open.network)}
        validate={(value) => networkNameProblem(value, taken)}
        onRename={(to) => rename.mutateAsync(to)}
        onCancel={close}
        onDone={(to) => {
          close();
          onRenamed?.(from, to);
        }}
      />
    );
  } else if (open?.kind === 'delete') {
    const { network } = open;
    const refusal = deleteRefusal(network);
    dialog = (
      <DestroyDialog
        noun="network"
        names={[network.name]}
        usedBy={network.used_by}
        project={project}
        refusal={refusal}
        consequences={refusal ? undefined : <p>Nothing uses it; its host interface goes too.</p>}
        onConfirm={() => remove.mutateAsync(network.name)}
        onCancel={close}
        onDone={() => {
          close();
          onDeleted?.(network.name);
        }}
      />
    );
  } else if (open?.kind === 'attach') {
    dialog = <AttachNetworkDialog project={project} network={open.network} onClose={close} />;
  }
  return { open: (kind: NetworkDialogKind, network: LxdNetwork) => setOpen({ kind, network }), dialog };
}
