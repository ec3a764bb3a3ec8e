import { useLayoutEffect, useState, type ComponentType, type ReactElement, type ReactNode } from 'react';
import { Navigate, Route, Router, Routes, createRoutesFromChildren, matchRoutes, useLocation, type RouteObject } from 'react-router';
import { appHistory } from '@/components/navigation';
import { NotFoundPage, RouteBoundary } from '@/components/RouteErrorBoundary';
import { DEFAULT_PROJECT, paths } from '@/config/paths';
import { InstanceListPage } from '@/features/instances/list/InstanceListPage';
import { lazyPage, pageLoader } from './lazyPage';
import { Layout } from './shell/Layout';


const pages = {
  createInstance: lazyPage(async () => (await import('@/features/instances/create/CreateInstancePage')).CreateInstancePage),
  instance: lazyPage(async () => (await import('@/features/instances/detail/InstanceDetailPage')).InstanceDetailPage),
  instanceOverview: lazyPage(async () => (await import('@/features/instances/detail/OverviewTab')).OverviewTab),
  instanceConfiguration: lazyPage(async () => (await import('@/features/instances/configuration/ConfigurationTab')).ConfigurationTab),
  instanceSnapshots: lazyPage(async () => (await import('@/features/instances/snapshots/SnapshotsTab')).SnapshotsTab),
  instanceBackups: lazyPage(async () => (await import('@/features/instances/backups/BackupsTab')).BackupsTab),
  instanceLogs: lazyPage(async () => (await import('@/features/instances/logs/LogsTab')).LogsTab),
  instanceTerminal: lazyPage(async () => (await import('@/features/terminal/TerminalTab')).TerminalTab),
  instanceConsole: lazyPage(async () => (await import('@/features/terminal/ConsoleTab')).ConsoleTab),
  instanceFiles: lazyPage(async () => (await import('@/features/files/FilesTab')).FilesTab),
  operations: lazyPage(async () => (await import('@/features/operations/OperationsPage')).OperationsPage),
  profiles: lazyPage(async () => (await import('@/features/profiles/ProfileListPage')).ProfileListPage),
  createProfile: lazyPage(async () => (await import('@/features/profiles/CreateProfilePage')).CreateProfilePage),
  profile: lazyPage(async () => (await import('@/features/profiles/ProfileDetailPage')).ProfileDetailPage),
  profileOverview: lazyPage(async () => (await import('@/features/profiles/ProfileOverviewTab')).ProfileOverviewTab),
  profileConfiguration: lazyPage(async () => (await import('@/features/profiles/ProfileConfigurationTab')).ProfileConfigurationTab),
  projectSettings: lazyPage(async () => (await import('@/features/projects/ProjectSettingsPage')).ProjectSettingsPage),
  projects: lazyPage(async () => (await import('@/features/projects/ProjectListPage')).ProjectListPage),
  createProject: lazyPage(async () => (await import('@/features/projects/CreateProjectPage')).CreateProjectPage),
  images: lazyPage(async () => (await import('@/features/images/ImageListPage')).ImageListPage),
  image: lazyPage(async () => (await import('@/features/images/ImageDetailPage')).ImageDetailPage),
  imageOverview: lazyPage(async () => (await import('@/features/images/ImageOverviewTab')).ImageOverviewTab),
  imageConfiguration: lazyPage(async () => (await import('@/features/images/ImageConfigurationTab')).ImageConfigurationTab),
  imageAliases: lazyPage(async () => (await import('@/features/images/ImageAliasesTab')).ImageAliasesTab),
  importImage: lazyPage(async () => (await import('@/features/images/transfer/ImportImagePage')).ImportImagePage),
  imageServers: lazyPage(async () => (await import('@/features/imageServers/ImageServerListPage')).ImageServerListPage),
  imageServer: lazyPage(async () => (await import('@/features/imageServers/ImageServerPage')).ImageServerPage),
  networks: lazyPage(async () => (await import('@/features/networks/NetworkListPage')).NetworkListPage),
  createNetwork: lazyPage(async () => (await import('@/features/networks/CreateNetworkPage')).CreateNetworkPage),
  network: lazyPage(async () => (await import('@/features/networks/NetworkDetailPage')).NetworkDetailPage),
  networkOverview: lazyPage(async () => (await import('@/features/networks/NetworkOverviewTab')).NetworkOverviewTab),
  networkConfiguration: lazyPage(async () => (await import('@/features/networks/NetworkConfigurationTab')).NetworkConfigurationTab),
  networkLeases: lazyPage(async () => (await import('@/features/networks/NetworkLeasesTab')).NetworkLeasesTab),
  networkForwards: lazyPage(async () => (await import('@/features/networks/NetworkForwardsTab')).NetworkForwardsTab),
  networkPeers: lazyPage(async () => (await import('@/features/networks/NetworkPeersTab')).NetworkPeersTab),
  networkAcls: lazyPage(async () => (await import('@/features/networkAcls/NetworkAclListPage')).NetworkAclListPage),
  createNetworkAcl: lazyPage(async () => (await import('@/features/networkAcls/CreateNetworkAclPage')).CreateNetworkAclPage),
  networkAcl: lazyPage(async () => (await import('@/features/networkAcls/NetworkAclDetailPage')).NetworkAclDetailPage),
  networkAclRules: lazyPage(async () => (await import('@/features/networkAcls/NetworkAclRulesTab')).NetworkAclRulesTab),
  networkAclLog: lazyPage(async () => (await import('@/features/networkAcls/NetworkAclLogTab')).NetworkAclLogTab),
  storagePools: lazyPage(async () => (await import('@/features/storage/PoolListPage')).PoolListPage),
  storageVolumes: lazyPage(async () => (await import('@/features/storage/VolumeListPage')).VolumeListPage),
  storagePool: lazyPage(async () => (await import('@/features/storage/PoolDetailPage')).PoolDetailPage),
  storagePoolOverview: lazyPage(async () => (await import('@/features/storage/PoolOverviewTab')).PoolOverviewTab),
  storagePoolVolumes: lazyPage(async () => (await import('@/features/storage/PoolVolumesTab')).PoolVolumesTab),
  storagePoolConfiguration: lazyPage(async () => (await import('@/features/storage/PoolConfigurationTab')).PoolConfigurationTab),
  storageVolume: lazyPage(async () => (await import('@/features/storage/VolumeDetailPage')).VolumeDetailPage),
  storageVolumeOverview: lazyPage(async () => (await import('@/features/storage/VolumeOverviewTab')).VolumeOverviewTab),
  storageVolumeConfiguration: lazyPage(async () => (await import('@/features/storage/VolumeConfigurationTab')).VolumeConfigurationTab),
  storageVolumeSnapshots: lazyPage(async () => (await import('@/features/storage/VolumeSnapshotsTab')).VolumeSnapshotsTab),
  storageVolumeBackups: lazyPage(async () => (await import('@/features/storage/VolumeBackupsTab')).VolumeBackupsTab),
  instanceStorage: lazyPage(async () => (await import('@/features/storage/InstanceStorageTab')).InstanceStorageTab),
  server: lazyPage(async () => (await import('@/features/server/ServerPage')).ServerPage),
  serverOverview: lazyPage(async () => (await import('@/features/server/identity/ServerOverviewTab')).ServerOverviewTab),
  serverResources: lazyPage(async () => (await import('@/features/server/resources/ServerResourcesTab')).ServerResourcesTab),
  serverSettings: lazyPage(async () => (await import('@/features/server/settings/ServerSettingsTab')).ServerSettingsTab),
  serverCertificates: lazyPage(async () => (await import('@/features/server/certificates/CertificatesTab')).CertificatesTab),
  serverWarnings: lazyPage(async () => (await import('@/features/server/warnings/WarningsTab')).WarningsTab),
  cluster: lazyPage(async () => (await import('@/features/cluster/ClusterPage')).ClusterPage),
  clusterMembers: lazyPage(async () => (await import('@/features/cluster/MembersTab')).MembersTab),
  clusterGroups: lazyPage(async () => (await import('@/features/cluster/GroupsTab')).GroupsTab),
  clusterMember: lazyPage(async () => (await import('@/features/cluster/MemberPage')).MemberPage),
  clusterMemberOverview: lazyPage(async () => (await import('@/features/cluster/MemberOverviewTab')).MemberOverviewTab),
  clusterMemberConfiguration: lazyPage(async () => (await import('@/features/cluster/MemberConfigurationTab')).MemberConfigurationTab),
  servers: lazyPage(async () => (await import('@/features/servers/ServerListPage')).ServerListPage),
  wall: lazyPage(async () => (await import('@/features/wall/WallPage')).WallPage),
};

/** Each page and each tab has its own error boundary (reset when the address changes). */
function Page({ component: Component }: { component: ComponentType }) {
  const { pathname } = useLocation();
  return (
    <RouteBoundary resetKey={pathname}>
      <Component />
    </RouteBoundary>
  );
}

const page = (component: ComponentType): ReactNode => <Page component={component} />;

function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<Navigate to={paths.instances(DEFAULT_PROJECT)} replace />} />
      <Route path="/project/:project" element={<Layout />}>
        <Route index element={<Navigate to="instances" replace />} />
        <Route path="instances" element={page(InstanceListPage)} />
        <Route path="instances/create" element={page(pages.createInstance)} />
        <Route path="instance/:name" element={page(pages.instance)}>
          <Route index element={page(pages.instanceOverview)} />
          <Route path="configuration" element={page(pages.instanceConfiguration)} />
          <Route path="snapshots" element={page(pages.instanceSnapshots)} />
          <Route path="backups" element={page(pages.instanceBackups)} />
          <Route path="logs" element={page(pages.instanceLogs)} />
          <Route path="terminal" element={page(pages.instanceTerminal)} />
          <Route path="console" element={page(pages.instanceConsole)} />
          <Route path="files" element={page(pages.instanceFiles)} />
          <Route path="storage" element={page(pages.instanceStorage)} />
        </Route>
        <Route path="operations" element={page(pages.operations)} />
        <Route path="profiles" element={page(pages.profiles)} />
        <Route path="profiles/create" element={page(pages.createProfile)} />
        <Route path="profile/:name" element={page(pages.profile)}>
          <Route index element={page(pages.profileOverview)} />
          <Route path="configuration" element={page(pages.profileConfiguration)} />
        </Route>
        <Route path="images" element={page(pages.images)} />
        <Route path="images/import" element={page(pages.importImage)} />
        <Route path="image/:fingerprint" element={page(pages.image)}>
          <Route index element={page(pages.imageOverview)} />
          <Route path="configuration" element={page(pages.imageConfiguration)} />
          <Route path="aliases" element={page(pages.imageAliases)} />
        </Route>
        <Route path="networks" element={page(pages.networks)} />
        <Route path="networks/create" element={page(pages.createNetwork)} />
        <Route path="network/:name" element={page(pages.network)}>
          <Route index element={page(pages.networkOverview)} />
          <Route path="configuration" element={page(pages.networkConfiguration)} />
          <Route path="leases" element={page(pages.networkLeases)} />
          <Route path="forwards" element={page(pages.networkForwards)} />
          <Route path="peers" element={page(pages.networkPeers)} />
        </Route>
        <Route path="network-acls" element={page(pages.networkAcls)} />
        <Route path="network-acls/create" element={page(pages.createNetworkAcl)} />
        <Route path="network-acl/:name" element={page(pages.networkAcl)}>
          <Route index element={page(pages.networkAclRules)} />
          <Route path="log" element={page(pages.networkAclLog)} />
        </Route>
        <Route path="storage" element={page(pages.storagePools)} />
        <Route path="storage/volumes" element={page(pages.storageVolumes)} />
        <Route path="storage/pool/:pool" element={page(pages.storagePool)}>
          <Route index element={page(pages.storagePoolOverview)} />
          <Route path="volumes" element={page(pages.storagePoolVolumes)} />
          <Route path="configuration" element={page(pages.storagePoolConfiguration)} />
        </Route>
        <Route path="storage/pool/:pool/volume/custom/:volume" element={page(pages.storageVolume)}>
          <Route index element={page(pages.storageVolumeOverview)} />
          <Route path="configuration" element={page(pages.storageVolumeConfiguration)} />
          <Route path="snapshots" element={page(pages.storageVolumeSnapshots)} />
          <Route path="backups" element={page(pages.storageVolumeBackups)} />
        </Route>
        <Route path="settings" element={page(pages.projectSettings)} />
        {/* The sidebar's Projects entry keeps the project in the URL; the list itself is server-wide. */}
        <Route path="projects" element={<Navigate to={paths.projects()} replace />} />
        <Route path="server" element={<Navigate to={paths.server()} replace />} />
        <Route path="cluster" element={<Navigate to={paths.cluster()} replace />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      {/* Server-wide pages: the shell without a project in the URL (the switcher shows `default`). */}
      <Route element={<Layout />}>
        <Route path="/projects" element={page(pages.projects)} />
        <Route path="/projects/create" element={page(pages.createProject)} />
        <Route path="/image-servers" element={page(pages.imageServers)} />
        <Route path="/image-server/:server" element={page(pages.imageServer)} />
        <Route path="/server" element={page(pages.server)}>
          <Route index element={page(pages.serverOverview)} />
          <Route path="resources" element={page(pages.serverResources)} />
          <Route path="settings" element={page(pages.serverSettings)} />
          <Route path="certificates" element={page(pages.serverCertificates)} />
          <Route path="warnings" element={page(pages.serverWarnings)} />
        </Route>
        <Route path="/servers" element={page(pages.servers)} />
        <Route path="/cluster" element={page(pages.cluster)}>
          <Route index element={page(pages.clusterMembers)} />
          <Route path="groups" element={page(pages.clusterGroups)} />
        </Route>
        <Route path="/cluster/member/:name" element={page(pages.clusterMember)}>
          <Route index element={page(pages.clusterMemberOverview)} />
          <Route path="configuration" element={page(pages.clusterMemberConfiguration)} />
        </Route>
      </Route>
      {/* The wall screen is a kiosk view: no shell around it. */}
      <Route path="/wall" element={page(pages.wall)} />
      <Route path="/wall/project/:project" element={page(pages.wall)} />
      <Route path="*" element={<Navigate to={paths.instances(DEFAULT_PROJECT)} replace />} />
    </Routes>
  );
}

let routeObjects: RouteObject[] | undefined;

/**
 * Loads the code of the pages (and tabs) `pathname` shows, so that the first render draws them
 * without suspending (see `lazyPage`); settles once it is in or has failed (the page then asks
 * again, and shows the failure).
 */
export function preloadPages(pathname: string): Promise<void> {
  routeObjects ??= createRoutesFromChildren((AppRoutes() as ReactElement<{ children: ReactNode }>).props.children);
  const loads = (matchRoutes(routeObjects, pathname) ?? []).map((match) => {
    const element = match.route.element as ReactElement<{ component?: ComponentType }> | null | undefined;
    const component = element?.props.component;
    return component ? pageLoader(component)?.().catch(() => undefined) : undefined;
  });
  return Promise.all(loads).then(() => undefined);
}

/** The app's routes over its hash history (see lib/hashHistory.ts for why not react-router's data router). */
export function AppRouter() {
  const history = appHistory();
  const [state, setState] = useState({ action: history.action, location: history.location });
  useLayoutEffect(() => history.listen(setState), [history]);
  return (
    <Router location={state.location} navigationType={state.action as never} navigator={history}>
      <AppRoutes />
    </Router>
  );
}
