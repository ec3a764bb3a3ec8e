import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { VolumeItem } from '@/api/storage-volumes/names';
import { paths } from '@/config/paths';
import type { LxdStorageVolume } from '@/lxd';
import { CreateVolumeDialog } from './CreateVolumeDialog';
import { DeleteVolumeDialog } from './VolumeDialogs';
import { customNames, type VolumeRow } from './volumeRows';
import { ActionButton } from '@/components/reasons';

type ReadRow = VolumeRow & { volume: LxdStorageVolume };

/** Create and delete from a volume list (one pool's or every pool's); names taken come from the names alone. */
export function useVolumeListDialogs(project: string, pools: readonly string[], items: readonly VolumeItem[]) {
  const navigate = useNavigate();
  const [open, setOpen] = useState<{ kind: 'create' } | { kind: 'delete'; row: ReadRow }>();
  const close = () => setOpen(undefined);
  let dialog: ReactNode = null;
  if (open?.kind === 'create') {
    dialog = (
      <CreateVolumeDialog
        project={project}
        pools={pools}
        taken={(pool) => customNames(items, pool)}
        onClose={close}
        onCreated={(pool, name) => {
          close();
          void navigate(paths.storageVolume(project, pool, name));
        }}
      />
    );
  } else if (open?.kind === 'delete') {
    dialog = <DeleteVolumeDialog project={open.row.project} pool={open.row.pool} volume={open.row.volume} onClose={close} onDeleted={close} />;
  }
  const createButton = (
    <ActionButton write type="button" className="button button-primary" aria-haspopup="dialog" disabled={pools.length === 0} onClick={() => setOpen({ kind: 'create' })}>
      Create volume
    </ActionButton>
  );
  return { createButton, remove: (row: ReadRow) => setOpen({ kind: 'delete', row }), dialog };
}
