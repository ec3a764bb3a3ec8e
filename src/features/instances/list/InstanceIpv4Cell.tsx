import { useQuery } from '@tanstack/react-query';
import { instanceQueries } from '@/api/instances/queries';
import type { LxdClient, LxdInstance } from '@/lxd';
import { ipv4Addresses } from './instanceListModel';

/** Fetches state only for rows that are rendered and running; the list itself never waits for it. */
export function InstanceIpv4Cell({ client, instance }: { client: LxdClient; instance: LxdInstance }) {
  const running = instance.status === 'Running';
  const { data: addresses, isPending } = useQuery({
    ...instanceQueries.state(client, instance.project || 'default', instance.name),
    enabled: running,
    select: ipv4Addresses,
  });
  if (!running) return <span className="muted">—</span>;
  if (isPending) return <span className="muted" aria-label="Loading address">…</span>;
  if (!addresses?.length) return <span className="muted">—</span>;
  return (
    <span title={addresses.join(', ')}>
      {addresses[0]}
      {addresses.length > 1 && <span className="muted"> +{addresses.length - 1}</span>}
    </span>
  );
}
