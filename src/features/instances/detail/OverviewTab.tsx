import { Fact, FactsTable } from '@/components/FactsTable';
import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { instanceQueries } from '@/api/instances/queries';
import { snapshotQueries } from '@/api/snapshots/queries';
import { imageDescription } from '../list/instanceListModel';
import { formatBytes, formatDate } from '@/lib/format';
import { formatCpuTime, interfaces } from './instanceFacts';
import { useInstanceRoute } from '@/components/useInstanceRoute';

// CPU and memory change without any event, so the overview refreshes state while it is open.
const STATE_REFRESH_MS = 5000;

export function OverviewTab() {
  const { project, name } = useInstanceRoute();
  const client = useLxdClient();
  const instance = useQuery(instanceQueries.detail(client, project, name)).data?.data;
  const running = instance?.status === 'Running' || instance?.status === 'Frozen';
  const state = useQuery({
    ...instanceQueries.state(client, project, name),
    enabled: !!instance,
    refetchInterval: running ? STATE_REFRESH_MS : false,
  }).data;
  const snapshots = useQuery(snapshotQueries.list(client, project, name)).data;
  if (!instance) return null;

  const rootDisk = state?.disk?.root?.usage;
  return (
    <div className="overview">
      <dl className="facts" aria-label="Summary">
        <Fact label="Status">{instance.status}</Fact>
        <Fact label="Type">{instance.type === 'virtual-machine' ? 'Virtual machine' : 'Container'}</Fact>
        <Fact label="Architecture">{instance.architecture}</Fact>
        <Fact label="Image">{imageDescription(instance) || '—'}</Fact>
        <Fact label="Description">{instance.description || '—'}</Fact>
        <Fact label="Profiles">{instance.profiles.join(', ') || '—'}</Fact>
        <Fact label="Created">{formatDate(instance.created_at)}</Fact>
        <Fact label="Last used">{formatDate(instance.last_used_at)}</Fact>
        {instance.location && instance.location !== 'none' && <Fact label="Location">{instance.location}</Fact>}
        <Fact label="Snapshots">{snapshots ? String(snapshots.length) : '…'}</Fact>
      </dl>
      <dl className="facts" aria-label="Usage">
        <Fact label="CPU time">{running ? formatCpuTime(state?.cpu?.usage) : '—'}</Fact>
        <Fact label="Memory">{running ? formatBytes(state?.memory?.usage) : '—'}</Fact>
        <Fact label="Memory peak">{running ? formatBytes(state?.memory?.usage_peak) : '—'}</Fact>
        <Fact label="Disk (root)">{rootDisk !== undefined ? formatBytes(rootDisk) : '—'}</Fact>
        <Fact label="Processes">{running && state ? String(state.processes) : '—'}</Fact>
      </dl>
      <section aria-labelledby="addresses-title">
        <h2 id="addresses-title" className="section-title">
          Network interfaces
        </h2>
        {!running ? (
          <p className="muted">Addresses are shown while the instance runs.</p>
        ) : interfaces(state).length === 0 ? (
          <p className="muted">No network interfaces.</p>
        ) : (
          <FactsTable
            label="Network interfaces"
            columns={[{ label: 'Interface' }, { label: 'State' }, { label: 'MAC', className: 'cell-mono' }, { label: 'Addresses', className: 'cell-mono' }]}
            rows={interfaces(state).map((entry) => ({
              key: entry.name,
              cells: [
                entry.name,
                entry.state,
                entry.hwaddr,
                entry.addresses.map((address) => `${address.address}/${address.netmask}`).join(', ') || '—',
              ],
            }))}
          />
        )}
      </section>
    </div>
  );
}
