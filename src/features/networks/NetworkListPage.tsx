import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { useNamedRows } from '@/api/namedList';
import { networkQueries } from '@/api/networks/queries';
import { projectQueries } from '@/api/projects/queries';
import { DataTable } from '@/components/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { ListEmpty, ListFilterSelect, ListPreviewNote, ListToolbar, NamedRowsNote } from '@/components/ListToolbar';
import { PageHeader } from '@/components/PageHeader';
import { QueryState, useStaleness } from '@/components/QueryState';
import { RowMenu } from '@/components/RowMenu';
import { sortListRows, useListView, type ListViewSpec } from '@/components/useListView';
import { DEFAULT_PROJECT, paths } from '@/config/paths';
import { namesInUsedBy } from '@/lib/listPreview';
import { networkColumns } from './networkColumns';
import { deleteRefusal, networkRows, networksProject, renameRefusal, splitManaged, type NetworkRow } from './networkModel';
import { useNetworkDialogs } from './useNetworkDialogs';
import './networks.css';
import { WriteLink } from '@/components/readOnly';

/** Above this many rows only those in view are rendered (and only they read their state). */
const WINDOW_FROM = 30;

/** The list sorts or filters by what only the networks themselves say (type, description …): read them all. */
function needsEveryNetwork(search: URLSearchParams): boolean {
  return !!search.get('q') || !!search.get('type') || (search.get('sort') ?? 'name') !== 'name';
}

/**
 * Networks by name (`GET /1.0/networks`, one quick request), each read alone while its row is on
 * screen: on LXD 5.0 one network's `used_by` walks every instance, so the whole list can take
 * minutes where the names take milliseconds (see api/namedList.ts).
 */
export function NetworkListPage() {
  const project = useParams().project ?? DEFAULT_PROJECT;
  const client = useLxdClient();
  const [search] = useSearchParams();
  const names = useQuery(networkQueries.names(client, project));
  const projects = useQuery(projectQueries.list(client));
  const readAll = needsEveryNetwork(search);
  const managedNames = useMemo(() => {
    const source = projects.data && networksProject(projects.data, project);
    return source ? new Set(namesInUsedBy(source.used_by ?? [], '/1.0/networks')) : undefined;
  }, [projects.data, project]);
  // The names wait for the events socket (lib/earlyRequests.ts), the projects do not: until the
  // names are in, a plain address (no filter or sort) shows the managed networks the project
  // names, which are the list's first rows (its managed group, by name). Decided once per page.
  const [previewWanted] = useState(() => search.toString() === '' && names.data === undefined);
  const previewItems = useMemo(
    () => (previewWanted && !names.data && managedNames ? [...managedNames].map((name) => ({ name })) : undefined),
    [previewWanted, names.data, managedNames],
  );
  const named = useNamedRows(names.data ?? previewItems, (item) => networkQueries.row(client, project, item.name), readAll);
  const rows = useMemo(() => networkRows(named.rows, managedNames), [named.rows, managedNames]);
  const spec = useMemo<ListViewSpec<NetworkRow>>(
    () => ({
      columns: networkColumns(project),
      defaultSort: 'name',
      rowKey: (row) => row.name,
      text: (row) => [row.name, row.network?.description, row.network?.type],
      filters: { type: (row, value) => row.network?.type === value },
    }),
    [project],
  );
  // Until the projects answer (the shell reads them anyway), a row cannot tell its group.
  const grouped = names.data && !projects.isPending ? rows : undefined;
  const view = useListView(grouped, spec);
  const { managed, host } = useMemo(() => splitManaged(view.rows), [view.rows]);
  const staleness = useStaleness(names);
  const preview = useMemo(
    () =>
      previewItems && !names.data ? { rows: sortListRows(rows, spec, { sort: 'name', dir: 'asc' }).map((row) => ({ ...row, preview: true })) } : undefined,
    [previewItems, names.data, rows, spec],
  );
  const types = useMemo(() => [...new Set(rows.flatMap((row) => (row.network ? [row.network.type] : [])))].sort(), [rows]);
  const taken = useMemo(() => (names.data ?? []).map((item) => item.name), [names.data]);
  const dialogs = useNetworkDialogs(project, { taken });
  const create = (
    <WriteLink className="button button-primary" to={paths.createNetwork(project)}>
      Create network
    </WriteLink>
  );
  const actions = (
    <>
      <Link className="button" to={paths.networkAcls(project)}>
        Network ACLs
      </Link>
      {create}
    </>
  );

  const reading = (row: NetworkRow) => (row.network ? undefined : `Still reading ${row.name}…`);
  const table = (label: string, shown: NetworkRow[], stale: boolean) => (
    <DataTable
      label={label}
      columns={spec.columns}
      rows={shown}
      rowKey={spec.rowKey}
      sort={view.sort}
      stale={stale}
      rowHeight={40}
      windowFrom={WINDOW_FROM}
      actionsWidth="8.5rem"
      rowProps={(row) => ({ 'data-network': row.name })}
      actions={({ name, managed: isManaged, network, ...row }) =>
        isManaged ? (
          <>
            <Link className="button" to={paths.network(project, name, 'configuration')} aria-label={`Edit ${name}`}>
              Edit
            </Link>
            <RowMenu
              label={`More actions for ${name}`}
              items={[
                {
                  label: 'Attach…',
                  ariaLabel: `Attach ${name} to an instance or profile`,
                  opensDialog: true,
                  disabledReason: reading({ name, managed: isManaged, network, ...row }),
                  onSelect: () => network && dialogs.open('attach', network),
                },
                {
                  label: 'Rename…',
                  ariaLabel: `Rename ${name}`,
                  opensDialog: true,
                  disabledReason: network ? renameRefusal(network) : reading({ name, managed: isManaged, network, ...row }),
                  onSelect: () => network && dialogs.open('rename', network),
                },
                {
                  label: 'Delete…',
                  ariaLabel: `Delete ${name}`,
                  danger: true,
                  opensDialog: true,
                  disabledReason: reading({ name, managed: isManaged, network, ...row }),
                  onSelect: () => network && dialogs.open('delete', network),
                },
              ]}
            />
          </>
        ) : (
          <span className="muted" title={deleteRefusal({ name, managed: false, used_by: network?.used_by ?? [] })}>
            host
          </span>
        )
      }
    />
  );

  // The groups stand outside `QueryState`, in one place for the preview and the whole list: the
  // managed rows the preview drew stay mounted when the names arrive, so what they have read (a
  // network, its state) is not read again.
  const previewGroups = preview && !names.isError ? { managed: preview.rows, host: undefined } : undefined;
  const listGroups = view.rows.length > 0 ? { managed, host } : undefined;
  const groups = names.data ? listGroups : previewGroups;

  return (
    <section className="page" aria-labelledby="networks-title">
      <PageHeader id="networks-title" title="Networks" subtitle={`project ${project}`} actions={actions} />
      <QueryState query={names} what="networks" preview={preview && <ListPreviewNote noun="networks" shown={preview.rows.length} />}>
        {() => (
          <>
            {readAll && named.read < rows.length && <NamedRowsNote noun="networks" read={named.read} total={rows.length} />}
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
          </>
        )}
      </QueryState>
      {groups && (
        <>
          <div className="network-group network-group-managed">
            <h2 className="section-title">Managed by LXD</h2>
            {groups.managed.length > 0 ? table('Managed networks', groups.managed, staleness.stale) : <p className="muted">No managed network matches.</p>}
          </div>
          {!groups.host && (
            // While the names are on their way: the host group's room, at its tallest, so the
            // managed rows in view can only grow in number when it comes (what a row in view
            // reads, it reads once).
            <div className="network-group network-group-host network-group-pending">
              <h2 className="section-title">Host interfaces</h2>
              <p className="muted">Listing the host’s interfaces…</p>
            </div>
          )}
          {groups.host && (
            <div className="network-group network-group-host">
              <h2 className="section-title">Host interfaces</h2>
              <p className="muted">Interfaces of the host that LXD lists but does not manage; instances can still use them as a parent.</p>
              {groups.host.length > 0 ? table('Host interfaces', groups.host, staleness.stale) : <p className="muted">No host interface matches.</p>}
            </div>
          )}
        </>
      )}
      {dialogs.dialog}
    </section>
  );
}
