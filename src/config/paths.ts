/** Sections of the app; each lives under a project so the project switcher can keep the section. */
export const SECTIONS = [
  { id: 'instances', label: 'Instances' },
  { id: 'images', label: 'Images' },
  { id: 'networks', label: 'Networks' },
  { id: 'storage', label: 'Storage' },
  { id: 'profiles', label: 'Profiles' },
  { id: 'projects', label: 'Projects' },
  { id: 'operations', label: 'Operations' },
  { id: 'server', label: 'Server' },
  /** Shown only on a clustered server. */
  { id: 'cluster', label: 'Cluster' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

export const DEFAULT_PROJECT = 'default';

// Routes live in the URL hash (/ui/#/project/p/instances): LXD 5.0 answers 404 for any other path
// under /ui/, so only hash routes survive a reload or a bookmark on every LXD version.
export const INSTANCE_TABS = [
  { id: 'configuration', label: 'Configuration' },
  { id: 'snapshots', label: 'Snapshots' },
  { id: 'backups', label: 'Backups' },
  { id: 'logs', label: 'Logs' },
  { id: 'terminal', label: 'Terminal' },
  { id: 'console', label: 'Console' },
  { id: 'files', label: 'Files' },
  { id: 'storage', label: 'Storage' },
] as const;

export type InstanceTabId = (typeof INSTANCE_TABS)[number]['id'];

export const PROFILE_TABS = [{ id: 'configuration', label: 'Configuration' }] as const;
export type ProfileTabId = (typeof PROFILE_TABS)[number]['id'];

export const IMAGE_TABS = [
  { id: 'configuration', label: 'Configuration' },
  { id: 'aliases', label: 'Aliases' },
] as const;
export type ImageTabId = (typeof IMAGE_TABS)[number]['id'];

export const NETWORK_TABS = [
  { id: 'configuration', label: 'Configuration' },
  { id: 'leases', label: 'Leases' },
  { id: 'forwards', label: 'Forwards' },
  { id: 'peers', label: 'Peers' },
] as const;
export type NetworkTabId = (typeof NETWORK_TABS)[number]['id'];

export const NETWORK_ACL_TABS = [{ id: 'log', label: 'Log' }] as const;
export type NetworkAclTabId = (typeof NETWORK_ACL_TABS)[number]['id'];
export const STORAGE_POOL_TABS = [
  { id: 'volumes', label: 'Volumes' },
  { id: 'configuration', label: 'Configuration' },
] as const;
export type StoragePoolTabId = (typeof STORAGE_POOL_TABS)[number]['id'];

export const STORAGE_VOLUME_TABS = [
  { id: 'configuration', label: 'Configuration' },
  { id: 'snapshots', label: 'Snapshots' },
  { id: 'backups', label: 'Backups' },
] as const;
export type StorageVolumeTabId = (typeof STORAGE_VOLUME_TABS)[number]['id'];

/** The server's own page (`/server[/<tab>]`): server-wide, no project. */
export const SERVER_TABS = [
  { id: 'resources', label: 'Resources' },
  { id: 'settings', label: 'Settings' },
  { id: 'certificates', label: 'Trust' },
  { id: 'warnings', label: 'Warnings' },
] as const;
export type ServerTabId = (typeof SERVER_TABS)[number]['id'];

/** The cluster's page (`/cluster[/<tab>]`): server-wide; no tab is the members. */
export const CLUSTER_TABS = [{ id: 'groups', label: 'Groups' }] as const;
export type ClusterTabId = (typeof CLUSTER_TABS)[number]['id'];

export const CLUSTER_MEMBER_TABS = [{ id: 'configuration', label: 'Configuration' }] as const;
export type ClusterMemberTabId = (typeof CLUSTER_MEMBER_TABS)[number]['id'];

const project = (name: string) => `/project/${encodeURIComponent(name)}`;

export const paths = {
  section: (name: string, section: SectionId) => `${project(name)}/${section}`,
  instances: (name: string) => paths.section(name, 'instances'),
  createInstance: (name: string) => `${project(name)}/instances/create`,
  /** `/project/<p>/instance/<name>[/<tab>]`; no tab is the overview. */
  instance: (name: string, instance: string, tab?: InstanceTabId) =>
    `${project(name)}/instance/${encodeURIComponent(instance)}${tab ? `/${tab}` : ''}`,
  profiles: (name: string) => paths.section(name, 'profiles'),
  createProfile: (name: string) => `${project(name)}/profiles/create`,
  /** `/project/<p>/profile/<name>[/<tab>]`; no tab is the overview. */
  profile: (name: string, profile: string, tab?: ProfileTabId) =>
    `${project(name)}/profile/${encodeURIComponent(profile)}${tab ? `/${tab}` : ''}`,
  /** Projects are server-wide: `/projects` lists them all. */
  projects: () => '/projects',
  createProject: () => '/projects/create',
  /** `/project/<p>/settings`: one project's own page (configuration, rename, delete). */
  projectSettings: (name: string) => `${project(name)}/settings`,
  images: (name: string) => paths.section(name, 'images'),
  importImage: (name: string) => `${project(name)}/images/import`,
  /** `/project/<p>/image/<fingerprint>[/<tab>]`; no tab is the overview. */
  image: (name: string, fingerprint: string, tab?: ImageTabId) =>
    `${project(name)}/image/${encodeURIComponent(fingerprint)}${tab ? `/${tab}` : ''}`,
  /** `/server[/<tab>]`: this LXD server; no tab is its identity. */
  server: (tab?: ServerTabId) => `/server${tab ? `/${tab}` : ''}`,
  /** `/cluster[/<tab>]`: the cluster's members; tabs for its groups. */
  cluster: (tab?: ClusterTabId) => `/cluster${tab ? `/${tab}` : ''}`,
  /** `/cluster/member/<name>[/<tab>]`; no tab is the member's state. */
  clusterMember: (member: string, tab?: ClusterMemberTabId) => `/cluster/member/${encodeURIComponent(member)}${tab ? `/${tab}` : ''}`,
  /** LXD servers (remotes) kept in this browser, each opened at its own dashboard. */
  servers: () => '/servers',
  /** The wall screen (a kiosk view outside the shell): every project this certificate sees, or one. */
  wall: (project?: string) => (project ? `/wall/project/${encodeURIComponent(project)}` : '/wall'),
  /** Image servers (simplestreams remotes) are kept in this browser, not on a server: no project. */
  imageServers: () => '/image-servers',
  imageServer: (server: string) => `/image-server/${encodeURIComponent(server)}`,
  networks: (name: string) => paths.section(name, 'networks'),
  createNetwork: (name: string) => `${project(name)}/networks/create`,
  /** `/project/<p>/network/<name>[/<tab>]`; no tab is the overview. */
  network: (name: string, network: string, tab?: NetworkTabId) =>
    `${project(name)}/network/${encodeURIComponent(network)}${tab ? `/${tab}` : ''}`,
  networkAcls: (name: string) => `${project(name)}/network-acls`,
  createNetworkAcl: (name: string) => `${project(name)}/network-acls/create`,
  /** `/project/<p>/network-acl/<name>[/<tab>]`; no tab is the rules. */
  networkAcl: (name: string, acl: string, tab?: NetworkAclTabId) =>
    `${project(name)}/network-acl/${encodeURIComponent(acl)}${tab ? `/${tab}` : ''}`,
  /** Pools are server-wide, shown from a project (whose volumes they list). */
  storagePools: (name: string) => paths.section(name, 'storage'),
  /** The volumes of every pool. */
  storageVolumes: (name: string) => `${project(name)}/storage/volumes`,
  /** `/project/<p>/storage/pool/<pool>[/<tab>]`; no tab is the overview. */
  storagePool: (name: string, pool: string, tab?: StoragePoolTabId) =>
    `${project(name)}/storage/pool/${encodeURIComponent(pool)}${tab ? `/${tab}` : ''}`,
  /** `/project/<p>/storage/pool/<pool>/volume/<type>/<name>[/<tab>]`; custom volumes only have a page. */
  storageVolume: (name: string, pool: string, volume: string, tab?: StorageVolumeTabId) =>
    `${paths.storagePool(name, pool)}/volume/custom/${encodeURIComponent(volume)}${tab ? `/${tab}` : ''}`,
};
