import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { CreateVolumeDialog } from './CreateVolumeDialog';
import { DeleteVolumeDialog } from './VolumeDialogs';
import type { VolumeRow } from './volumeColumns';

/** Create and delete from a volume list (one pool's or every pool's). */
export function useVolumeListDialogs(project: string, pools: readonly string[], rows: readonly VolumeRow[]) {
  const navigate = useNavigate();
  const [open, setOpen] = useState<{ kind: 'create' } | { kind: 'delete'; volume: VolumeRow }>();
  const close = () => setOpen(undefined);
  let dialog: ReactNode = null;
  if (open?.kind === 'create') {
    dialog = (
      <CreateVolumeDialog
        project={project}
        pools={pools}
        taken={(pool) => rows.filter((row) => row.pool === pool && row.type === 'custom').map((row) => row.name)}
        onClose={close}
        onCreated={(pool, name) => {
          close();
          void navigate(paths.storageVolume(project, pool, name));
        }}
      />
    );
  } else if (open?.kind === 'delete') {
    dialog = <DeleteVolumeDialog project={open.volume.project || project} pool={open.volume.pool} volume={open.volume} onClose={close} onDeleted={close} />;
  }
  const createButton = (
    <button type="button" className="button button-primary" aria-haspopup="dialog" disabled={pools.length === 0} onClick={() => setOpen({ kind: 'create' })}>
      Create volume
    </button>
  );
  return { createButton, remove: (volume: VolumeRow) => setOpen({ kind: 'delete', volume }), dialog };
}
