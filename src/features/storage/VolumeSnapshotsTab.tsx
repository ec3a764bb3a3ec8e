import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { storageVolumeQueries } from '@/api/storage-volumes/queries';
import { FactsTable } from '@/components/FactsTable';
import { SnapshotsPanel } from '@/components/snapshots/SnapshotsPanel';
import { paths } from '@/config/paths';
import { useStorageRoute } from './useStorageRoute';

const SCHEDULE_ROWS = [
  { key: 'snapshots.schedule', label: 'Schedule' },
  { key: 'snapshots.expiry', label: 'Expire snapshots after' },
  { key: 'snapshots.pattern', label: 'Name pattern' },
] as const;

/** The volume's snapshots through the same panel as an instance's; the schedule is edited in Configuration. */
export function VolumeSnapshotsTab() {
  const { project, pool, volume: name } = useStorageRoute();
  const client = useLxdClient();
  const volume = useQuery(storageVolumeQueries.detail(client, project, pool, 'custom', name)).data?.data;
  const config = volume?.config ?? {};
  return (
    <SnapshotsPanel
      project={project}
      owner={{ pool, volume: name }}
      defaultExpiry={config['snapshots.expiry']}
      schedule={
        <>
          <FactsTable
            label="Snapshot schedule"
            columns={[{ label: 'Setting' }, { label: 'Value' }]}
            rows={SCHEDULE_ROWS.map((row) => ({ key: row.key, cells: [row.label, config[row.key] || 'Not set'] }))}
          />
          <p>
            <Link className="button" to={paths.storageVolume(project, pool, name, 'configuration')}>
              Edit schedule
            </Link>
          </p>
        </>
      }
    />
  );
}
