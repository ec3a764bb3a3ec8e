import type { ComponentType } from 'react';
import { createHashRouter, Navigate, type RouteObject } from 'react-router';
import { LoadingState } from '@/components/LoadingState';
import { RouteErrorBoundary } from '@/components/RouteErrorBoundary';
import { DEFAULT_PROJECT, SECTIONS, paths } from '@/config/paths';
import { InstanceListPage } from '@/features/instances/list/InstanceListPage';
import { Layout } from './shell/Layout';
import { PlaceholderPage } from './shell/PlaceholderPage';

const BUILT = new Set<string>(['instances', 'operations', 'profiles', 'projects']);
const notBuilt = SECTIONS.filter((section) => !BUILT.has(section.id));

type Location = { index: true } | { path: string };

const at = (path: string | undefined): Location => (path === undefined ? { index: true } : { path });

/** Each page (and each tab) has its own error boundary, so one failure leaves the rest usable. */
function page(path: string | undefined, Component: ComponentType): RouteObject {
  return { ...at(path), Component, errorElement: <RouteErrorBoundary /> } as RouteObject;
}

/**
 * A page whose code is fetched when it is first opened. The instance list (the landing page) is
 * in the main bundle; everything else, and the YAML library the editors use, is not.
 */
function lazyPage(path: string | undefined, load: () => Promise<ComponentType>, children?: RouteObject[]): RouteObject {
  return {
    ...at(path),
    lazy: async () => ({ Component: await load() }),
    errorElement: <RouteErrorBoundary />,
    ...(children ? { children } : {}),
  } as RouteObject;
}

export function createAppRouter() {
  return createHashRouter([
    { path: '/', element: <Navigate to={paths.instances(DEFAULT_PROJECT)} replace /> },
    {
      path: '/project/:project',
      element: <Layout />,
      errorElement: <RouteErrorBoundary />,
      // Shown while a lazily loaded page is fetched on the first navigation.
      hydrateFallbackElement: <LoadingState label="Loading…" />,
      children: [
        { index: true, element: <Navigate to="instances" replace /> },
        page('instances', InstanceListPage),
        lazyPage('instances/create', async () => (await import('@/features/instances/create/CreateInstancePage')).CreateInstancePage),
        lazyPage(
          'instance/:name',
          async () => (await import('@/features/instances/detail/InstanceDetailPage')).InstanceDetailPage,
          [
            lazyPage(undefined, async () => (await import('@/features/instances/detail/OverviewTab')).OverviewTab),
            lazyPage('configuration', async () => (await import('@/features/instances/configuration/ConfigurationTab')).ConfigurationTab),
            lazyPage('snapshots', async () => (await import('@/features/instances/snapshots/SnapshotsTab')).SnapshotsTab),
            lazyPage('backups', async () => (await import('@/features/instances/backups/BackupsTab')).BackupsTab),
            lazyPage('logs', async () => (await import('@/features/instances/logs/LogsTab')).LogsTab),
            lazyPage('terminal', async () => (await import('@/features/terminal/TerminalTab')).TerminalTab),
            lazyPage('console', async () => (await import('@/features/terminal/ConsoleTab')).ConsoleTab),
            lazyPage('files', async () => (await import('@/features/files/FilesTab')).FilesTab),
          ],
        ),
        lazyPage('operations', async () => (await import('@/features/operations/OperationsPage')).OperationsPage),
        lazyPage('profiles', async () => (await import('@/features/profiles/ProfileListPage')).ProfileListPage),
        lazyPage('profiles/create', async () => (await import('@/features/profiles/CreateProfilePage')).CreateProfilePage),
        lazyPage(
          'profile/:name',
          async () => (await import('@/features/profiles/ProfileDetailPage')).ProfileDetailPage,
          [
            lazyPage(undefined, async () => (await import('@/features/profiles/ProfileOverviewTab')).ProfileOverviewTab),
            lazyPage('configuration', async () => (await import('@/features/profiles/ProfileConfigurationTab')).ProfileConfigurationTab),
          ],
        ),
        lazyPage('settings', async () => (await import('@/features/projects/ProjectSettingsPage')).ProjectSettingsPage),
        // The sidebar's Projects entry keeps the project in the URL; the list itself is server-wide.
        { path: 'projects', element: <Navigate to={paths.projects()} replace /> },
        ...notBuilt.map((section) => page(section.id, PlaceholderPage)),
        { path: '*', element: <RouteErrorBoundary />, loader: notFound },
      ],
    },
    {
      // Server-wide pages: the shell without a project in the URL (the switcher shows `default`).
      path: '/',
      element: <Layout />,
      errorElement: <RouteErrorBoundary />,
      hydrateFallbackElement: <LoadingState label="Loading…" />,
      children: [
        lazyPage('projects', async () => (await import('@/features/projects/ProjectListPage')).ProjectListPage),
        lazyPage('projects/create', async () => (await import('@/features/projects/CreateProjectPage')).CreateProjectPage),
      ],
    },
    { path: '*', element: <Navigate to={paths.instances(DEFAULT_PROJECT)} replace /> },
  ]);
}

function notFound(): never {
  throw new Response('Not found', { status: 404 });
}
