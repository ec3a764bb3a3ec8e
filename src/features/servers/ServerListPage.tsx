import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { exportFile, type LxdRemote } from '@/api/imageServers/remotes';
import { useRemotesStore } from '@/api/imageServers/remotesStore';
import { serverQueries } from '@/api/server/queries';
import { readReached } from '@/api/servers/reached';
import { DataTable, type Column } from '@/components/DataTable';
import { ListEmpty, ListToolbar } from '@/components/ListToolbar';
import { PageHeader } from '@/components/PageHeader';
import { RemotesFileButtons, RemotesImportDialog } from '@/components/RemotesImportDialog';
import { RowMenu } from '@/components/RowMenu';
import { useListView, type ListViewSpec } from '@/components/useListView';
import { paths } from '@/config/paths';
import { formatDate, formatRelative } from '@/lib/format';
import { LxdServerDialog, RemoveLxdServerDialog } from './ServerDialogs';
import { currentRemote, dashboardUrl, originOf, remoteForCurrent } from './serverListModel';
import { ActionButton } from '@/components/reasons';

type Dialog = { kind: 'add' } | { kind: 'edit' | 'remove'; remote: LxdRemote } | { kind: 'import' };

function columns(current: string | undefined, reached: Record<string, string>): Column<LxdRemote>[] {
  const reachedAt = (remote: LxdRemote) => reached[originOf(remote.url) ?? ''];
  return [
    {
      id: 'name',
      label: 'Name',
      width: '13rem',
      sortValue: (remote) => remote.name,
      className: 'cell-name',
      render: (remote) => (
        <>
          {remote.name}
          {remote.name === current && <span className="badge badge-ok servers-current">this server</span>}
        </>
      ),
    },
    { id: 'url', label: 'Address', hideNarrow: true, sortValue: (remote) => remote.url, render: (remote) => <span className="break-all">{remote.url}</span> },
    { id: 'project', label: 'Project', width: '8rem', hideNarrow: true, render: (remote) => remote.project ?? '—' },
    {
      id: 'reached',
      label: 'Last reached',
      width: '10rem',
      sortValue: (remote) => reachedAt(remote) ?? '',
      render: (remote) => {
        const at = reachedAt(remote);
        return at ? <time dateTime={at} title={formatDate(at)}>{formatRelative(at)}</time> : <span className="muted">not from here</span>;
      },
    },
  ];
}

/** `#/servers`: the LXD servers (lxc remotes) this browser keeps, each opened at its own dashboard. */
export function ServerListPage() {
  const client = useLxdClient();
  const serverName = useQuery(serverQueries.info(client)).data?.environment?.server_name;
  const remotes = useRemotesStore((state) => state.lxdRemotes);
  const servers = useRemotesStore((state) => state.servers);
  const [reached, setReached] = useState(readReached);
  const [dialog, setDialog] = useState<Dialog>();
  const origin = window.location.origin;
  const stored = currentRemote(remotes, origin);
  // The server this page comes from is always listed: when the list has no entry for it, one is
  // shown (and exported) as if it were kept; editing it keeps it.
  const listed = useMemo(
    () => (stored ? remotes : [...remotes, remoteForCurrent(origin, serverName, remotes.map((remote) => remote.name))]),
    [stored, remotes, origin, serverName],
  );
  const current = stored?.name ?? listed.at(-1)?.name;

  const spec = useMemo<ListViewSpec<LxdRemote>>(
    () => ({ columns: columns(current, reached), defaultSort: 'name', rowKey: (remote) => remote.name, text: (remote) => [remote.name, remote.url, remote.project] }),
    [current, reached],
  );
  const view = useListView(listed, spec);
  const close = () => setDialog(undefined);
  const actions = (
    <>
      <RemotesFileButtons
        fileName="lxdeck-servers.json"
        exported={() => exportFile({ servers, lxdRemotes: listed, reached: readReached() })}
        onImport={() => setDialog({ kind: 'import' })}
      />
      <ActionButton write type="button" className="button button-primary" onClick={() => setDialog({ kind: 'add' })}>
        Add server
      </ActionButton>
    </>
  );

  return (
    <section className="page" aria-labelledby="servers-title">
      <PageHeader id="servers-title" title="Servers" subtitle="kept in this browser" actions={actions} />
      <p className="muted page-intro">
        A page can only talk to the LXD server that serves it: LXD refuses requests from other sites, and newer versions also send a
        Content-Security-Policy and refuse cross-origin writes and websockets. So each server opens its own dashboard at its{' '}
        <code>/ui/</code>. Browsers keep this list per address; export it here and import it there to share it. Image servers are on the{' '}
        <Link to={paths.imageServers()}>Image servers</Link> page.
      </p>
      <ListToolbar view={view} noun="servers" searches="name, address or project" />
      {/* Never empty: the current server is always listed. */}
      <ListEmpty view={view} noun="servers" empty={null} />
      {view.rows.length > 0 && (
        <DataTable
          label="Servers"
          columns={spec.columns}
          rows={view.rows}
          rowKey={spec.rowKey}
          sort={view.sort}
          actionsWidth="8rem"
          rowProps={(remote) => ({ 'data-remote': remote.name, 'data-current': remote.name === current ? 'true' : undefined })}
          actions={(remote) => {
            const to = dashboardUrl(remote.url);
            return (
              <>
                {to && (
                  <a className="button" href={to} rel="noopener" aria-label={`Open the dashboard of ${remote.name}`}>
                    Open
                  </a>
                )}
                <RowMenu
                  label={`More actions for ${remote.name}`}
                  items={[
                    { label: 'Edit…', ariaLabel: `Edit ${remote.name}`, opensDialog: true, onSelect: () => setDialog({ kind: 'edit', remote }) },
                    {
                      label: 'Remove…',
                      ariaLabel: `Remove ${remote.name}`,
                      danger: true,
                      opensDialog: true,
                      disabledReason: remote.name === current ? 'This is the server the page comes from; it is always listed.' : undefined,
                      onSelect: () => setDialog({ kind: 'remove', remote }),
                    },
                  ]}
                />
              </>
            );
          }}
        />
      )}
      {dialog?.kind === 'add' && <LxdServerDialog onClose={close} />}
      {dialog?.kind === 'edit' && <LxdServerDialog remote={dialog.remote} onClose={close} />}
      {dialog?.kind === 'remove' && <RemoveLxdServerDialog remote={dialog.remote} onClose={close} />}
      {dialog?.kind === 'import' && (
        <RemotesImportDialog
          title="Import servers"
          intro={
            <>
              A file exported here, or an lxc <code>config.yml</code> (usually <code>~/.config/lxc/config.yml</code> or{' '}
              <code>~/snap/lxd/common/config/config.yml</code>): its LXD remotes join this list, its simplestreams remotes the image servers.
            </>
          }
          onImported={() => setReached(readReached())}
          onClose={close}
        />
      )}
    </section>
  );
}
