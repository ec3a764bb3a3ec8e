import type { ReactNode } from 'react';
import { createHashRouter, Navigate, type RouteObject } from 'react-router';
import { RouteErrorBoundary } from '@/components/RouteErrorBoundary';
import { DEFAULT_PROJECT, SECTIONS, paths } from '@/config/paths';
import { BackupsTab } from '@/features/instances/backups/BackupsTab';
import { ConfigurationTab } from '@/features/instances/configuration/ConfigurationTab';
import { CreateInstancePage } from '@/features/instances/create/CreateInstancePage';
import { InstanceDetailPage } from '@/features/instances/detail/InstanceDetailPage';
import { OverviewTab } from '@/features/instances/detail/OverviewTab';
import { PlannedTab } from '@/features/instances/detail/PlannedTab';
import { InstanceListPage } from '@/features/instances/list/InstanceListPage';
import { LogsTab } from '@/features/instances/logs/LogsTab';
import { SnapshotsTab } from '@/features/instances/snapshots/SnapshotsTab';
import { OperationsPage } from '@/features/operations/OperationsPage';
import { Layout } from './shell/Layout';
import { PlaceholderPage } from './shell/PlaceholderPage';

const BUILT = new Set<string>(['instances', 'operations']);
const notBuilt = SECTIONS.filter((section) => !BUILT.has(section.id));

/** Each page (and each tab) has its own error boundary, so one failure leaves the rest usable. */
function page(path: string, element: ReactNode, children?: RouteObject[]): RouteObject {
  return { path, element, errorElement: <RouteErrorBoundary />, ...(children ? { children } : {}) };
}

export function createAppRouter() {
  return createHashRouter([
    { path: '/', element: <Navigate to={paths.instances(DEFAULT_PROJECT)} replace /> },
    {
      path: '/project/:project',
      element: <Layout />,
      errorElement: <RouteErrorBoundary />,
      children: [
        { index: true, element: <Navigate to="instances" replace /> },
        page('instances', <InstanceListPage />),
        page('instances/create', <CreateInstancePage />),
        page('instance/:name', <InstanceDetailPage />, [
          { index: true, element: <OverviewTab />, errorElement: <RouteErrorBoundary /> },
          page('configuration', <ConfigurationTab />),
          page('snapshots', <SnapshotsTab />),
          page('backups', <BackupsTab />),
          page('logs', <LogsTab />),
          page('terminal', <PlannedTab />),
          page('console', <PlannedTab />),
          page('files', <PlannedTab />),
        ]),
        page('operations', <OperationsPage />),
        ...notBuilt.map((section) => page(section.id, <PlaceholderPage />)),
        { path: '*', element: <RouteErrorBoundary />, loader: notFound },
      ],
    },
    { path: '*', element: <Navigate to={paths.instances(DEFAULT_PROJECT)} replace /> },
  ]);
}

function notFound(): never {
  throw new Response('Not found', { status: 404 });
}
