import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { storageVolumeQueries } from '@/api/storage-volumes/queries';
import { QueryState } from '@/components/QueryState';
import { paths } from '@/config/paths';
import { ImportVolumeDialog } from './ImportVolumeDialog';
import { useHasVolumeBackups } from './useHasVolumeBackups';
import { useStorageRoute } from './useStorageRoute';
import { useVolumeListDialogs } from './useVolumeListDialogs';
import { customNames } from './volumeRows';
import { VolumeTable } from './VolumeTable';
import './storage.css';
import { ActionButton } from '@/components/reasons';

/** The pool's volumes in this project, by name (`GET .../volumes`); each row reads its volume as it shows. */
export function PoolVolumesTab() {
  const { project, pool } = useStorageRoute();
  const client = useLxdClient();
  const names = useQuery(storageVolumeQueries.names(client, project, pool));
  const items = useMemo(() => names.data ?? [], [names.data]);
  const pools = useMemo(() => [pool], [pool]);
  const dialogs = useVolumeListDialogs(project, pools, items);
  const navigate = useNavigate();
  const backups = useHasVolumeBackups();
  const [importing, setImporting] = useState(false);
  return (
    <div className="overview volumes-tab">
      <div className="tab-actions">
        {backups && (
          <ActionButton write type="button" className="button" aria-haspopup="dialog" onClick={() => setImporting(true)}>
            Import from file…
          </ActionButton>
        )}
        {dialogs.createButton}
      </div>
      {importing && (
        <ImportVolumeDialog
          project={project}
          pool={pool}
          taken={customNames(items, pool)}
          onClose={() => setImporting(false)}
          onImported={(name) => void navigate(paths.storageVolume(project, pool, name))}
        />
      )}
      <QueryState query={names} what={`volumes of ${pool}`}>
        {(_names, stale) => (
          <VolumeTable project={project} items={items} stale={stale} empty={<p>Custom volumes hold data that instances share or keep apart from their root disk.</p>} onDelete={dialogs.remove} />
        )}
      </QueryState>
      {dialogs.dialog}
    </div>
  );
}
