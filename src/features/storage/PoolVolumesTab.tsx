import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { storageVolumeQueries } from '@/api/storage-volumes/queries';
import { QueryState } from '@/components/QueryState';
import { paths } from '@/config/paths';
import { ImportVolumeDialog } from './ImportVolumeDialog';
import { useHasVolumeBackups } from './useHasVolumeBackups';
import { useVolumeListDialogs } from './useVolumeListDialogs';
import { VolumeTable } from './VolumeTable';
import type { VolumeRow } from './volumeColumns';
import { useStorageRoute } from './useStorageRoute';

/** The pool's volumes in this project. */
export function PoolVolumesTab() {
  const { project, pool } = useStorageRoute();
  const client = useLxdClient();
  const list = useQuery(storageVolumeQueries.list(client, project, pool));
  const rows = useMemo<VolumeRow[]>(() => (list.data ?? []).map((volume) => ({ ...volume, pool })), [list.data, pool]);
  const pools = useMemo(() => [pool], [pool]);
  const dialogs = useVolumeListDialogs(project, pools, rows);
  const navigate = useNavigate();
  const backups = useHasVolumeBackups();
  const [importing, setImporting] = useState(false);
  return (
    <div className="overview">
      <div className="tab-actions">
        {backups && (
          <button type="button" className="button" aria-haspopup="dialog" onClick={() => setImporting(true)}>
            Import from file…
          </button>
        )}
        {dialogs.createButton}
      </div>
      {importing && (
        <ImportVolumeDialog
          project={project}
          pool={pool}
          taken={rows.filter((row) => row.type === 'custom').map((row) => row.name)}
          onClose={() => setImporting(false)}
          onImported={(name) => void navigate(paths.storageVolume(project, pool, name))}
        />
      )}
      <QueryState query={list} what={`volumes of ${pool}`}>
        {(_volumes, stale) => (
          <VolumeTable project={project} rows={rows} stale={stale} empty={<p>Custom volumes hold data that instances share or keep apart from their root disk.</p>} onDelete={dialogs.remove} />
        )}
      </QueryState>
      {dialogs.dialog}
    </div>
  );
}
