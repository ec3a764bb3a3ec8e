import { createHashRouter, Navigate } from 'react-router';
import { RouteErrorBoundary } from '@/components/RouteErrorBoundary';
import { InstanceListPage } from '@/features/instances/InstanceListPage';
import { DEFAULT_PROJECT, SECTIONS, paths } from './paths';
import { Layout } from './shell/Layout';
import { PlaceholderPage } from './shell/PlaceholderPage';

const notBuilt = SECTIONS.filter((section) => section.id !== 'instances');

export function createAppRouter() {
  return createHashRouter([
    { path: '/', element: <Navigate to={paths.instances(DEFAULT_PROJECT)} replace /> },
    {
      path: '/project/:project',
      element: <Layout />,
      errorElement: <RouteErrorBoundary />,
      children: [
        { index: true, element: <Navigate to="instances" replace /> },
        // Each page has its own error boundary, so one failing page leaves the shell usable.
        { path: 'instances', element: <InstanceListPage />, errorElement: <RouteErrorBoundary /> },
        ...notBuilt.map((section) => ({
          path: section.id,
          element: <PlaceholderPage />,
          errorElement: <RouteErrorBoundary />,
        })),
        { path: '*', element: <RouteErrorBoundary />, loader: notFound },
      ],
    },
    { path: '*', element: <Navigate to={paths.instances(DEFAULT_PROJECT)} replace /> },
  ]);
}

function notFound(): never {
  throw new Response('Not found', { status: 404 });
}
