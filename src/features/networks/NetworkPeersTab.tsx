import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { networkQueries } from '@/api/networks/queries';
import { FactsTable } from '@/components/FactsTable';
import { QueryState } from '@/components/QueryState';
import { useInstanceRoute as useObjectRoute } from '@/components/useInstanceRoute';
import { useServerFeatures } from '@/api/server/useServerFeatures';

/** Peerings (`network_peer`) exist between OVN networks only; other types say so. */
export function NetworkPeersTab() {
  const { project, name } = useObjectRoute();
  const client = useLxdClient();
  const features = useServerFeatures();
  const network = useQuery(networkQueries.detail(client, project, name)).data?.data;
  const ovn = network?.type === 'ovn';
  const peers = useQuery({ ...networkQueries.peers(client, project, name), enabled: ovn && features.has('network_peer') });
  if (!network) return null;
  if (!features.has('network_peer')) return <p className="muted">This LXD server has no network peering (API extension network_peer).</p>;
  if (!ovn)
    return (
      <p className="muted">
        Peers connect two OVN networks directly. {network.name} is a {network.type} network, so LXD offers no peering for it.
      </p>
    );
  return (
    <QueryState query={peers} what="peers">
      {(rows) => (
        <FactsTable
          label="Peers"
          columns={[{ label: 'Name' }, { label: 'Target' }, { label: 'Status' }, { label: 'Description' }]}
          rows={(rows ?? []).map((peer) => ({
            key: peer.name,
            cells: [peer.name, `${peer.target_project}/${peer.target_network}`, peer.status, peer.description || '—'],
          }))}
          empty={<p className="muted">No peers.</p>}
        />
      )}
    </QueryState>
  );
}
