import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLxdClient } from '@/api/client-context';
import { storageVolumeQueries } from '@/api/storage-volumes/queries';
import { QueryState } from '@/components/QueryState';
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
  return (
    <div className="overview">
      <div className="tab-actions">{dialogs.createButton}</div>
      <QueryState query={list} what={`volumes of ${pool}`}>
        {(_volumes, stale) => (
          <VolumeTable project={project} rows={rows} stale={stale} empty={<p>Custom volumes hold data that instances share or keep apart from their root disk.</p>} onDelete={dialogs.remove} />
        )}
      </QueryState>
      {dialogs.dialog}
    </div>
  );
}
