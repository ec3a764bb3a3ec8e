import { useState, type ReactNode } from 'react';
import { useDeleteStoragePool } from '@/api/storage/mutations';
import { DestroyDialog } from '@/components/DestroyDialog';
import type { LxdStoragePool } from '@/lxd';
import { CreatePoolDialog } from './CreatePoolDialog';
import { poolDeleteRefusal } from './storageModel';

interface PoolDialogOptions {
  /** Pool names taken on the server, for the create check. */
  taken: readonly string[];
  onCreated?: (name: string) => void;
  onDeleted?: (name: string) => void;
}

function DeletePoolDialog({ project, pool, onClose, onDeleted }: { project: string; pool: LxdStoragePool; onClose: () => void; onDeleted: () => void }) {
  const remove = useDeleteStoragePool(project);
  const refusal = poolDeleteRefusal(pool);
  return (
    <DestroyDialog
      noun="storage pool"
      names={[pool.name]}
      usedBy={pool.used_by}
      project={project}
      refusal={refusal}
      consequences={refusal ? undefined : <p>Nothing uses it; its {pool.driver} storage is removed from the server.</p>}
      onConfirm={() => remove.mutateAsync(pool.name)}
      onCancel={onClose}
      onDone={onDeleted}
    />
  );
}

/** The create and delete dialogs of the pool list and the pool page: which is open, and the dialog. */
export function usePoolDialogs(project: string, { taken, onCreated, onDeleted }: PoolDialogOptions) {
  const [open, setOpen] = useState<{ kind: 'create' } | { kind: 'delete'; pool: LxdStoragePool }>();
  const close = () => setOpen(undefined);
  let dialog: ReactNode = null;
  if (open?.kind === 'create') {
    dialog = (
      <CreatePoolDialog
        project={project}
        taken={taken}
        onClose={close}
        onCreated={(name) => {
          close();
          onCreated?.(name);
        }}
      />
    );
  } else if (open?.kind === 'delete') {
    const name = open.pool.name;
    dialog = (
      <DeletePoolDialog
        project={project}
        pool={open.pool}
        onClose={close}
        onDeleted={() => {
          close();
          onDeleted?.(name);
        }}
      />
    );
  }
  return {
    create: () => setOpen({ kind: 'create' }),
    remove: (pool: LxdStoragePool) => setOpen({ kind: 'delete', pool }),
    dialog,
  };
}
