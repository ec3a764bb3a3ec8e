import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { networkQueries } from '@/api/networks/queries';
import { FactsTable } from '@/components/FactsTable';
import { QueryState } from '@/components/QueryState';
import { useInstanceRoute as useObjectRoute } from '@/components/useInstanceRoute';
import type { LxdNetwork } from '@/lxd';

/** Why a network has no leases to show, from its type and config. */
function noLeasesReason(network: LxdNetwork): string {
  const { config } = network;
  const v4 = config['ipv4.address'];
  const v6 = config['ipv6.address'];
  if (network.type !== 'bridge') return `LXD hands out DHCP leases on managed bridges; ${network.name} is a ${network.type} network.`;
  if ((v4 === 'none' || !v4) && (v6 === 'none' || !v6)) return `No leases: ${network.name} has no IPv4 or IPv6 address, so LXD runs no DHCP server on it.`;
  if (config['ipv4.dhcp'] === 'false' && config['ipv6.dhcp'] === 'false') return 'No leases: DHCP is off for IPv4 and IPv6.';
  return 'No leases yet: no instance on this network has asked for an address.';
}

/** The DHCP leases of a managed bridge; an empty state that says why there are none. */
export function NetworkLeasesTab() {
  const { project, name } = useObjectRoute();
  const client = useLxdClient();
  const network = useQuery(networkQueries.detail(client, project, name)).data?.data;
  const leases = useQuery({ ...networkQueries.leases(client, project, name), enabled: network?.type === 'bridge' });
  if (!network) return null;
  if (network.type !== 'bridge') return <p className="muted">{noLeasesReason(network)}</p>;
  return (
    <QueryState query={leases} what="leases">
      {(rows) => (
        <FactsTable
          label="Leases"
          columns={[{ label: 'Hostname' }, { label: 'MAC address', className: 'cell-mono' }, { label: 'Address', className: 'cell-mono' }, { label: 'Type' }]}
          rows={(rows ?? []).map((lease) => ({
            key: `${lease.hwaddr}/${lease.address}`,
            cells: [lease.hostname || '—', lease.hwaddr, lease.address, lease.type],
          }))}
          empty={<p className="muted">{noLeasesReason(network)}</p>}
        />
      )}
    </QueryState>
  );
}
