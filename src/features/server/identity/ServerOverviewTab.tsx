import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLxdClient } from '@/api/client-context';
import { serverQueries } from '@/api/server/queries';
import { DataTable, type Column } from '@/components/DataTable';
import { Fact } from '@/components/FactsTable';
import { ListEmpty, ListToolbar } from '@/components/ListToolbar';
import { OverviewSection } from '@/components/OverviewSection';
import { useListView, type ListViewSpec } from '@/components/useListView';
import type { LxdServer } from '@/lxd';
import { ReadOnlySetting } from './ReadOnlySetting';
import { apiExtensions, driverText, pairDrivers, supportedStorageDrivers, type ApiExtension } from './serverIdentity';
import '../server.css';

const columns: readonly Column<ApiExtension>[] = [
  { id: 'position', label: 'Order', width: '6rem', sortValue: (row) => row.position, render: (row) => row.position },
  { id: 'name', label: 'Extension', className: 'cell-mono', sortValue: (row) => row.name, render: (row) => row.name },
];

const extensionsSpec: ListViewSpec<ApiExtension> = {
  columns,
  defaultSort: 'position',
  rowKey: (row) => row.name,
  text: (row) => [row.name],
};

/** Fixed row height of the windowed extensions table, in px. */
const ROW_HEIGHT = 40;

const notReported = <span className="muted">not reported by this server</span>;
const orNotReported = (value: string | undefined) => (value ? value : notReported);

/** Who this server is: name, versions, kernel, drivers, addresses, authentication, and its API extensions. */
export function ServerOverviewTab() {
  const client = useLxdClient();
  const server = useQuery(serverQueries.info(client)).data;
  if (!server) return null;
  return (
    <div className="overview">
      <ServerFacts server={server} />
      <ReadOnlySetting />
      <ExtensionsSection server={server} />
    </div>
  );
}

function ServerFacts({ server }: { server: LxdServer }) {
  const env = server.environment ?? {};
  const instanceDrivers = pairDrivers(env.driver, env.driver_version);
  const storageDrivers = supportedStorageDrivers(server);
  const kernel = [env.kernel, env.kernel_version].filter(Boolean).join(' ');
  return (
    <OverviewSection id="server-identity-title" title="Identity">
      <dl className="facts" aria-label="Server identity">
        <Fact label="Name">{orNotReported(env.server_name)}</Fact>
        <Fact label="LXD version">{orNotReported(env.server_version)}</Fact>
        <Fact label="API version">
          {server.api_version}
          {server.api_status ? ` (${server.api_status})` : ''}
        </Fact>
        <Fact label="Kernel">{orNotReported(kernel)}</Fact>
        <Fact label="Instance drivers">{instanceDrivers.length ? instanceDrivers.map(driverText).join(', ') : notReported}</Fact>
        <Fact label="Storage in use">{orNotReported([env.storage, env.storage_version].filter(Boolean).join(' '))}</Fact>
        <Fact label="Storage drivers available">{storageDrivers.length ? storageDrivers.join(', ') : notReported}</Fact>
        <Fact label="Addresses">
          {env.addresses?.length ? <span className="cell-mono">{env.addresses.join(', ')}</span> : <span className="muted">none (not listening on the network)</span>}
        </Fact>
        <Fact label="Authentication">
          {server.auth}
          {server.auth_methods?.length ? ` · methods: ${server.auth_methods.join(', ')}` : ''}
        </Fact>
        <Fact label="Clustered">{env.server_clustered ? 'Yes' : 'No, a standalone server'}</Fact>
      </dl>
    </OverviewSection>
  );
}

function ExtensionsSection({ server }: { server: LxdServer }) {
  const extensions = useMemo(() => apiExtensions(server), [server]);
  const view = useListView(extensions, extensionsSpec);
  return (
    <OverviewSection id="server-extensions-title" title="API extensions">
      <ListToolbar view={view} noun="API extensions" searches="extension name" />
      {view.rows.length === 0 ? (
        <ListEmpty view={view} noun="API extensions" empty={<p className="muted">This server lists no API extensions.</p>} />
      ) : (
        <div className="server-extensions">
          <DataTable
            label="API extensions"
            columns={columns}
            rows={view.rows}
            rowKey={extensionsSpec.rowKey}
            sort={view.sort}
            rowHeight={ROW_HEIGHT}
            windowFrom={60}
          />
        </div>
      )}
    </OverviewSection>
  );
}
