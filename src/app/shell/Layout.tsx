import { useQuery } from '@tanstack/react-query';
import { Outlet } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { serverQueries } from '@/api/server/queries';
import { Toaster } from '@/components/Toaster';
import { ConnectionIndicator } from './ConnectionIndicator';
import { ProjectGuard } from './ProjectGuard';
import { ProjectSwitcher } from './ProjectSwitcher';
import { Sidebar } from './Sidebar';

export function Layout() {
  const client = useLxdClient();
  const server = useQuery(serverQueries.info(client)).data;
  const environment = server?.environment;
  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand">lxdeck</span>
        <ProjectSwitcher />
        <span className="server-name" title={environment?.server_clustered ? 'Cluster' : 'Server'}>
          {environment?.server_name ?? 'LXD'}
          {environment?.server_version && <span className="muted"> · LXD {environment.server_version}</span>}
        </span>
        <ConnectionIndicator />
      </header>
      <Sidebar />
      <main className="content">
        <ProjectGuard>
          <Outlet />
        </ProjectGuard>
      </main>
      <Toaster />
    </div>
  );
}
