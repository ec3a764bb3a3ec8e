import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { serverQueries } from '@/api/server/queries';
import { DetailLayout } from '@/components/DetailLayout';
import { QueryState } from '@/components/QueryState';
import { SERVER_TABS, paths } from '@/config/paths';

/** This LXD server: its identity, resources, settings, who it trusts and what it warns about. */
export function ServerPage() {
  const client = useLxdClient();
  const server = useQuery(serverQueries.info(client));
  return (
    <QueryState query={server} what="the server">
      {(data) => (
        <DetailLayout
          title={data.environment?.server_name || 'Server'}
          titleContext={['Server']}
          subtitle={data.environment?.server_version ? `LXD ${data.environment.server_version}` : undefined}
          tabsLabel="Server sections"
          tabs={[{ label: 'Overview', to: paths.server() }, ...SERVER_TABS.map((tab) => ({ label: tab.label, to: paths.server(tab.id) }))]}
          pageProps={{ 'data-server': data.environment?.server_name ?? '' }}
          actions={
            <Link className="button" to={paths.servers()}>
              Other servers
            </Link>
          }
        />
      )}
    </QueryState>
  );
}
