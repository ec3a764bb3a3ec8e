import type { QueryKey, UseQueryOptions } from '@tanstack/react-query';
import { imageQueries } from '@/api/images/queries';
import { instanceQueries } from '@/api/instances/queries';
import { networkAclQueries } from '@/api/network-acls/queries';
import { networkQueries } from '@/api/networks/queries';
import { profileQueries } from '@/api/profiles/queries';
import { projectQueries } from '@/api/projects/queries';
import { storagePoolQueries } from '@/api/storage/queries';
import { SECTIONS, paths } from '@/config/paths';
import type { LxdClient } from '@/lxd';
import type { PaletteItem } from './paletteItems';

export interface PaletteContext {
  client: LxdClient;
  /** The project of the page the palette was opened on. */
  project: string;
  /** The server is a cluster member: the Cluster section exists. */
  clustered?: boolean;
}

/** Where the palette's items come from: a fixed list, or a cached query turned into items. */
export interface PaletteSource {
  /** Plural, for "Loading profiles…" and "Could not load profiles". */
  label: string;
  /** The list query, or none for items that need no server data (pages). */
  query?: (context: PaletteContext) => UseQueryOptions<unknown, Error, unknown, QueryKey>;
  items: (data: unknown, context: PaletteContext) => PaletteItem[];
}

interface ListSourceDefinition<T, K extends QueryKey> {
  kind: string;
  label: string;
  query: (context: PaletteContext) => UseQueryOptions<T[], Error, T[], K>;
  title: (entry: T) => string;
  detail?: (entry: T) => string | undefined;
  path: (entry: T, context: PaletteContext) => string;
}

/**
 * A source over one of the api/ list queries: a new collection (images, networks, pools) is one
 * more `listSource({...})` below, with its queryOptions, a title, a detail and a path.
 */
export function listSource<T, K extends QueryKey>(definition: ListSourceDefinition<T, K>): PaletteSource {
  return {
    label: definition.label,
    query: definition.query as unknown as PaletteSource['query'],
    items: (data, context) =>
      (data as T[]).map((entry) => ({
        kind: definition.kind,
        title: definition.title(entry),
        detail: definition.detail?.(entry) || undefined,
        path: definition.path(entry, context),
      })),
  };
}

const SERVER_WIDE: ReadonlySet<string> = new Set(['projects', 'server', 'cluster']);

const pages: PaletteSource = {
  label: 'pages',
  items: (_data, { project, clustered }) => [
    // Projects, Server and Cluster are server-wide: the project in their path is only kept for
    // the way back (the router sends them on).
    ...SECTIONS.filter((section) => section.id !== 'cluster' || clustered).map((section) => ({
      kind: 'Page',
      title: section.label,
      detail: SERVER_WIDE.has(section.id) ? 'The whole server' : `In project ${project}`,
      keywords: 'section',
      path: section.id === 'projects' ? paths.projects() : paths.section(project, section.id),
    })),
    { kind: 'Page', title: 'Create instance', detail: `In project ${project}`, keywords: 'new launch', path: paths.createInstance(project) },
    { kind: 'Page', title: 'Create profile', detail: `In project ${project}`, keywords: 'new', path: paths.createProfile(project) },
    { kind: 'Page', title: 'Create network', detail: `In project ${project}`, keywords: 'new bridge', path: paths.createNetwork(project) },
    { kind: 'Page', title: 'Network ACLs', detail: `In project ${project}`, keywords: 'firewall rules', path: paths.networkAcls(project) },
    { kind: 'Page', title: 'Create project', keywords: 'new', path: paths.createProject() },
    { kind: 'Page', title: 'Servers', detail: 'LXD servers kept in this browser', keywords: 'remotes lxc other', path: paths.servers() },
    { kind: 'Page', title: 'Warnings', detail: 'What LXD warns about', keywords: 'server problems', path: paths.server('warnings') },
    { kind: 'Page', title: `Settings of project ${project}`, keywords: 'configuration', path: paths.projectSettings(project) },
    { kind: 'Page', title: 'Wall screen', detail: 'Every project, for a status screen', keywords: 'kiosk dashboard overview tv', path: paths.wall() },
    { kind: 'Page', title: `Wall screen of project ${project}`, keywords: 'kiosk dashboard overview tv', path: paths.wall(project) },
  ],
};

/** In the order they are listed when nothing is typed and on equal matches. */
export const PALETTE_SOURCES: readonly PaletteSource[] = [
  pages,
  listSource({
    kind: 'Instance',
    label: 'instances',
    query: ({ client, project }) => instanceQueries.list(client, project),
    title: (instance) => instance.name,
    detail: (instance) => [instance.status, instance.description].filter(Boolean).join(' · '),
    path: (instance, { project }) => paths.instance(project, instance.name),
  }),
  listSource({
    kind: 'Profile',
    label: 'profiles',
    query: ({ client, project }) => profileQueries.list(client, project),
    title: (profile) => profile.name,
    detail: (profile) => profile.description,
    path: (profile, { project }) => paths.profile(project, profile.name),
  }),
  listSource({
    kind: 'Image',
    label: 'images',
    query: ({ client, project }) => imageQueries.list(client, project),
    // An image is known by its first alias, else by the 12 characters `lxc image list` shows.
    title: (image) => image.aliases?.[0]?.name || image.fingerprint.slice(0, 12),
    detail: (image) => [image.properties?.description, image.fingerprint.slice(0, 12)].filter(Boolean).join(' · '),
    path: (image, { project }) => paths.image(project, image.fingerprint),
  }),
  listSource({
    kind: 'Network',
    label: 'networks',
    // Names only: on LXD 5.0 the whole list computes every network's users and can take minutes.
    query: ({ client, project }) => networkQueries.names(client, project),
    title: (network) => network.name,
    path: (network, { project }) => paths.network(project, network.name),
  }),
  listSource({
    kind: 'Network ACL',
    label: 'network ACLs',
    query: ({ client, project }) => networkAclQueries.list(client, project),
    title: (acl) => acl.name,
    detail: (acl) => acl.description,
    path: (acl, { project }) => paths.networkAcl(project, acl.name),
  }),
  listSource({
    kind: 'Storage pool',
    label: 'storage pools',
    // Names only: on LXD 5.0 the whole list computes every pool's users (every volume on it).
    query: ({ client, project }) => storagePoolQueries.names(client, project),
    title: (pool) => pool.name,
    path: (pool, { project }) => paths.storagePool(project, pool.name),
  }),
  listSource({
    kind: 'Project',
    label: 'projects',
    query: ({ client }) => projectQueries.list(client),
    title: (project) => project.name,
    detail: (project) => project.description,
    path: (project) => paths.projectSettings(project.name),
  }),
];
