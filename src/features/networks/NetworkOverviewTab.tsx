import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { networkQueries } from '@/api/networks/queries';
import { Fact } from '@/components/FactsTable';
import { ConfigKeysTable, OverviewSection } from '@/components/OverviewSection';
import { UsedByList } from '@/components/UsedByList';
import { useInstanceRoute as useObjectRoute } from '@/components/useInstanceRoute';
import { formatBytes } from '@/lib/format';
import { NetworkNicsSection } from './NetworkNicsSection';
import './networks.css';

/** What the network is, its interface's state, its config, and what uses it. Every LXD text stays text. */
export function NetworkOverviewTab() {
  const { project, name } = useObjectRoute();
  const client = useLxdClient();
  const network = useQuery(networkQueries.detail(client, project, name)).data?.data;
  const state = useQuery(networkQueries.state(client, project, name));
  if (!network) return null;
  const live = state.data;
  const addresses = (live?.addresses ?? []).map((address) => `${address.address}/${address.netmask}`);

  return (
    <div className="overview">
      <dl className="facts" aria-label="Summary">
        <Fact label="Type">{network.type}</Fact>
        <Fact label="Managed">{network.managed ? 'Yes' : 'No, a host interface'}</Fact>
        {network.managed && <Fact label="Status">{network.status || '—'}</Fact>}
        <Fact label="Description">
          {/* Text, never markup: React escapes it. */}
          {network.description ? <span className="network-description">{network.description}</span> : '—'}
        </Fact>
      </dl>
      <OverviewSection title="State">
        {state.isError ? (
          <p className="muted">LXD could not read the interface’s state: {state.error.message}</p>
        ) : !live ? (
          <p className="muted">Reading the interface’s state…</p>
        ) : (
          <dl className="facts" aria-label="Interface state">
            <Fact label="State">{live.state}</Fact>
            <Fact label="MTU">{live.mtu}</Fact>
            <Fact label="MAC address">
              <span className="cell-mono">{live.hwaddr || '—'}</span>
            </Fact>
            <Fact label="Addresses">{addresses.length ? <span className="cell-mono">{addresses.join(', ')}</span> : 'none'}</Fact>
            <Fact label="Received">
              {formatBytes(live.counters?.bytes_received ?? 0)} · {live.counters?.packets_received ?? 0} packets
            </Fact>
            <Fact label="Sent">
              {formatBytes(live.counters?.bytes_sent ?? 0)} · {live.counters?.packets_sent ?? 0} packets
            </Fact>
          </dl>
        )}
      </OverviewSection>
      <OverviewSection title="Configuration">
        <ConfigKeysTable config={network.config} className="network-facts-table" />
      </OverviewSection>
      <OverviewSection title="Used by">
        <UsedByList usedBy={network.used_by} project={project} label={`What uses network ${network.name}`} none="Nothing uses this network." />
      </OverviewSection>
      {network.managed && <NetworkNicsSection project={project} network={network} />}
    </div>
  );
}
