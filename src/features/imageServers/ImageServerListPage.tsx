import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { exportFile } from '@/api/imageServers/remotes';
import type { ImageServer, LxdRemote } from '@/api/imageServers/remotes';
import { useRemotesStore } from '@/api/imageServers/remotesStore';
import { readReached } from '@/api/servers/reached';
import { DataTable, type Column } from '@/components/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { ListEmpty, ListToolbar } from '@/components/ListToolbar';
import { PageHeader } from '@/components/PageHeader';
import { RemotesFileButtons } from '@/components/RemotesImportDialog';
import { RowMenu } from '@/components/RowMenu';
import { useListView, type ListViewSpec } from '@/components/useListView';
import { paths } from '@/config/paths';
import { compareText } from '@/lib/format';
import { ImportDialog, RemoveServerDialog, ServerDialog } from './ServerDialogs';
import './imageServers.css';
import { ActionButton } from '@/components/reasons';

type Dialog = { kind: 'add' } | { kind: 'edit' | 'remove'; server: ImageServer } | { kind: 'import' };

const columns: Column<ImageServer>[] = [
  {
    id: 'name',
    label: 'Name',
    width: '14rem',
    sortValue: (server) => server.name,
    render: (server) => <Link to={paths.imageServer(server.name)}>{server.name}</Link>,
  },
  { id: 'url', label: 'Address', sortValue: (server) => server.url, render: (server) => <span className="break-all">{server.url}</span> },
  { id: 'protocol', label: 'Protocol', width: '9rem', hideNarrow: true, render: () => 'simplestreams' },
];

const lxdColumns: Column<LxdRemote>[] = [
  { id: 'name', label: 'Name', width: '14rem', render: (remote) => remote.name },
  { id: 'url', label: 'Address', render: (remote) => <span className="break-all">{remote.url}</span> },
  { id: 'project', label: 'Project', width: '9rem', render: (remote) => remote.project ?? '—' },
  { id: 'auth', label: 'Authentication', width: '10rem', hideNarrow: true, render: (remote) => remote.authType ?? '—' },
];

/** `#/image-servers`: the simplestreams remotes this browser keeps, and the LXD remotes kept for later. */
export function ImageServerListPage() {
  const servers = useRemotesStore((state) => state.servers);
  const lxdRemotes = useRemotesStore((state) => state.lxdRemotes);
  const removeLxdRemote = useRemotesStore((state) => state.removeLxdRemote);
  const [dialog, setDialog] = useState<Dialog>();
  const spec = useMemo<ListViewSpec<ImageServer>>(
    () => ({ columns, defaultSort: 'name', rowKey: (server) => server.name, text: (server) => [server.name, server.url] }),
    [],
  );
  const view = useListView(servers, spec);
  const sortedLxd = useMemo(() => [...lxdRemotes].sort((a, b) => compareText(a.name, b.name)), [lxdRemotes]);
  const close = () => setDialog(undefined);
  const actions = (
    <>
      <RemotesFileButtons
        fileName="lxdeck-image-servers.json"
        exported={() => exportFile({ servers, lxdRemotes, reached: readReached() })}
        onImport={() => setDialog({ kind: 'import' })}
      />
      <ActionButton write type="button" className="button button-primary" onClick={() => setDialog({ kind: 'add' })}>
        Add image server
      </ActionButton>
    </>
  );

  return (
    <section className="page" aria-labelledby="image-servers-title">
      <PageHeader id="image-servers-title" title="Image servers" subtitle="kept in this browser" actions={actions} />
      <p className="muted page-intro">
        Simplestreams servers to browse, copy images from and launch from (what <code>lxc remote list</code> shows as simplestreams). LXD
        downloads the images itself.
      </p>
      <ListToolbar view={view} noun="image servers" searches="name or address" />
      <ListEmpty
        view={view}
        noun="image servers"
        empty={
          <EmptyState title="No image servers">
            <p>Add one, or import an lxc config.yml.</p>
          </EmptyState>
        }
      />
      {view.rows.length > 0 && (
        <DataTable
          label="Image servers"
          columns={columns}
          rows={view.rows}
          rowKey={spec.rowKey}
          sort={view.sort}
          actionsWidth="9rem"
          rowProps={(server) => ({ 'data-server': server.name })}
          actions={(server) => (
            <>
              <Link className="button" to={paths.imageServer(server.name)} aria-label={`Browse ${server.name}`}>
                Browse
              </Link>
              <RowMenu
                label={`More actions for ${server.name}`}
                items={[
                  { label: 'Edit…', ariaLabel: `Edit ${server.name}`, opensDialog: true, onSelect: () => setDialog({ kind: 'edit', server }) },
                  { label: 'Remove…', ariaLabel: `Remove ${server.name}`, danger: true, opensDialog: true, onSelect: () => setDialog({ kind: 'remove', server }) },
                ]}
              />
            </>
          )}
        />
      )}
      {sortedLxd.length > 0 && (
        <section className="kept-remotes" aria-labelledby="kept-remotes-title">
          <h2 id="kept-remotes-title" className="section-title">
            LXD servers kept for later
          </h2>
          <p className="muted">
            Imported from an lxc config.yml. Each opens at its own dashboard from the <Link to={paths.servers()}>Servers</Link> page.
          </p>
          <DataTable
            label="LXD servers kept for later"
            columns={lxdColumns}
            rows={sortedLxd}
            rowKey={(remote) => remote.name}
            actionsWidth="7rem"
            rowProps={(remote) => ({ 'data-lxd-remote': remote.name })}
            actions={(remote) => (
              <ActionButton write type="button" className="button" aria-label={`Forget ${remote.name}`} onClick={() => removeLxdRemote(remote.name)}>
                Forget
              </ActionButton>
            )}
          />
        </section>
      )}
      {dialog?.kind === 'add' && <ServerDialog onClose={close} />}
      {dialog?.kind === 'edit' && <ServerDialog server={dialog.server} onClose={close} />}
      {dialog?.kind === 'remove' && <RemoveServerDialog server={dialog.server} onClose={close} />}
      {dialog?.kind === 'import' && <ImportDialog onClose={close} />}
    </section>
  );
}
