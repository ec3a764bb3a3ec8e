import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { instanceQueries } from '@/api/instances/queries';
import { SnapshotsPanel } from '@/components/snapshots/SnapshotsPanel';
import { useInstanceRoute } from '@/components/useInstanceRoute';
import { SnapshotSchedule } from './SnapshotSchedule';

/** The instance's snapshots (the shared panel) with its own schedule form (keys inherited from profiles). */
export function SnapshotsTab() {
  const { project, name } = useInstanceRoute();
  const client = useLxdClient();
  const detail = useQuery(instanceQueries.detail(client, project, name)).data;
  return (
    <SnapshotsPanel
      project={project}
      owner={name}
      defaultExpiry={detail?.data.expanded_config?.['snapshots.expiry']}
      running={detail?.data.status === 'Running'}
      schedule={detail && <SnapshotSchedule project={project} detail={detail} />}
    />
  );
}
