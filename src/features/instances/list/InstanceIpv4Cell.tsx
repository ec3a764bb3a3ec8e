import { useQuery } from '@tanstack/react-query';
import { instanceQueries } from '@/api/instances/queries';
import type { LxdClient, LxdInstance } from '@/lxd';
import { ipv4Addresses } from './instanceListModel';

interface CellProps {
  client: LxdClient;
  instance: LxdInstance;
}

/**
 * Fetches state only for rows that are rendered and running; the list itself never waits for it.
 * A stopped row has no query at all (no observer to create on first render, none to notify).
 */
export function InstanceIpv4Cell({ client, instance }: CellProps) {
  if (instance.status !== 'Running') return <span className="muted">—</span>;
  return <RunningIpv4 client={client} instance={instance} />;
}

function RunningIpv4({ client, instance }: CellProps) {
  const { data: addresses, isPending } = useQuery({
    ...instanceQueries.state(client, instance.project || 'default', instance.name),
    select: ipv4Addresses,
  });
  if (isPending) return <span className="muted" aria-label="Loading address">…</span>;
  if (!addresses?.length) return <span className="muted">—</span>;
  return (
    <span title={addresses.join(', ')}>
      {addresses[0]}
      {addresses.length > 1 && <span className="muted"> +{addresses.length - 1}</span>}
    </span>
  );
}
