import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { networkQueries } from '@/api/networks/queries';
import { DataTable } from '@/components/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { ListEmpty, ListFilterSelect, ListToolbar } from '@/components/ListToolbar';
import { PageHeader } from '@/components/PageHeader';
import { QueryState } from '@/components/QueryState';
import { RowMenu } from '@/components/RowMenu';
import { useListView, type ListViewSpec } from '@/components/useListView';
import { DEFAULT_PROJECT, paths } from '@/config/paths';
import type { LxdNetwork } from '@/lxd';
import { networkColumns } from './networkColumns';
import { deleteRefusal, renameRefusal, splitManaged } from './networkModel';
import { useNetworkDialogs } from './useNetworkDialogs';
import './networks.css';

/** Above this many rows only those in view are rendered (and only they read their state). */
const WINDOW_FROM = 30;

export function NetworkListPage() {
  const project = useParams().project ?? DEFAULT_PROJECT;
  const client = useLxdClient();
  const list = useQuery(networkQueries.list(client, project));
  const spec = useMemo<ListViewSpec<LxdNetwork>>(
    () => ({
      columns: networkColumns(project),
      defaultSort: 'name',
      rowKey: (network) => network.name,
      text: (network) => [network.name, network.description, network.type],
      filters: { type: (network, value) => network.type === value },
    }),
    [project],
  );
  const view = useListView(list.data, spec);
  const { managed, host } = useMemo(() => splitManaged(view.rows), [view.rows]);
  const types = useMemo(() => [...new Set((list.data ?? []).map((network) => network.type))].sort(), [list.data]);
  const taken = useMemo(() => (list.data ?? []).map((network) => network.name), [list.data]);
  const dialogs = useNetworkDialogs(project, { taken });
  const create = (
    <Link className="button button-primary" to={paths.createNetwork(project)}>
      Create network
    </Link>
  );
  const actions = (
    <>
      <Link className="button" to={paths.networkAcls(project)}>
        Network ACLs
      </Link>
      {create}
    </>
  );

  const table = (label: string, rows: LxdNetwork[], stale: boolean) => (
    <DataTable
      label={label}
      columns={spec.columns}
      rows={rows}
      rowKey={spec.rowKey}
      sort={view.sort}
      stale={stale}
      windowed={rows.length > WINDOW_FROM ? 40 : undefined}
      actionsWidth="8.5rem"
      rowProps={(network) => ({ 'data-network': network.name })}
      actions={(network) =>
        network.managed ? (
          <>
            <Link className="button" to={paths.network(project, network.name, 'configuration')} aria-label={`Edit ${network.name}`}>
              Edit
            </Link>
            <RowMenu
              label={`More actions for ${network.name}`}
              items={[
                {
                  label: 'Attach…',
                  ariaLabel: `Attach ${network.name} to an instance or profile`,
                  opensDialog: true,
                  onSelect: () => dialogs.open('attach', network),
                },
                {
                  label: 'Rename…',
                  ariaLabel: `Rename ${network.name}`,
                  opensDialog: true,
                  disabledReason: renameRefusal(network),
                  onSelect: () => dialogs.open('rename', network),
                },
                {
                  label: 'Delete…',
                  ariaLabel: `Delete ${network.name}`,
                  danger: true,
                  opensDialog: true,
                  onSelect: () => dialogs.open('delete', network),
                },
              ]}
            />
          </>
        ) : (
          <span className="muted" title={deleteRefusal(network)}>
            host
          </span>
        )
      }
    />
  );

  return (
    <section className="page" aria-labelledby="networks-title">
      <PageHeader id="networks-title" title="Networks" subtitle={`project ${project}`} actions={actions} />
      <QueryState query={list} what="networks">
        {(_networks, stale) => (
          <>
            <ListToolbar view={view} noun="networks" searches="name, type or description">
              <ListFilterSelect
                view={view}
                name="type"
                label="Type"
                allLabel="All types"
                options={types.map((type) => ({ value: type, label: type }))}
              />
            </ListToolbar>
            <ListEmpty
              view={view}
              noun="networks"
              empty={
                <EmptyState title="No networks yet">
                  <p>A managed network (a bridge, macvlan …) gives instances their network interfaces.</p>
                  {create}
                </EmptyState>
              }
            />
            {view.rows.length > 0 && (
              <>
                <div className="network-group network-group-managed">
                  <h2 className="section-title">Managed by LXD</h2>
                  {managed.length > 0 ? table('Managed networks', managed, stale) : <p className="muted">No managed network matches.</p>}
                </div>
                <div className="network-group network-group-host">
                  <h2 className="section-title">Host interfaces</h2>
                  <p className="muted">Interfaces of the host that LXD lists but does not manage; instances can still use them as a parent.</p>
                  {host.length > 0 ? table('Host interfaces', host, stale) : <p className="muted">No host interface matches.</p>}
                </div>
              </>
            )}
          </>
        )}
      </QueryState>
      {dialogs.dialog}
    </section>
  );
}
