import type { CacheUpdate, LifecycleEventInfo, ResourceEvents } from '@/lxd';
import { backupKeys } from '../backups/keys';
import { fileKeys } from '../files/keys';
import { logKeys } from '../logs/keys';
import { snapshotKeys } from '../snapshots/keys';
import { instanceKeys } from './keys';

const path = (name: string) => `/1.0/instances/${encodeURIComponent(name)}`;

/**
 * A status change known from the action: set at once in the list and the detail, no list read.
 * The state (addresses, memory) is marked stale: a row that starts showing it reads it once, and
 * one already showing it reads it again. Logs are rewritten by a start or stop.
 */
const becomes =
  (status: string, statusCode: number) =>
  ({ server, project, name }: LifecycleEventInfo): CacheUpdate[] => [
    { kind: 'set-instance-status', project, name, status, statusCode },
    { kind: 'invalidate', queryKey: instanceKeys.state(server, project, name) },
    { kind: 'invalidate', queryKey: logKeys.list(server, project, name) },
  ];

/** The instance read alone (one small request) into the list; its own page re-reads itself. */
const refreshed = ({ server, project, name }: LifecycleEventInfo): CacheUpdate[] => [
  { kind: 'refresh-list-item', queryKey: instanceKeys.list(server, project), path: path(name), project, id: name },
  { kind: 'invalidate', queryKey: instanceKeys.detail(server, project, name) },
];

const gone = (server: string, project: string, name: string): CacheUpdate[] => [
  { kind: 'invalidate', queryKey: instanceKeys.detail(server, project, name) },
  { kind: 'invalidate', queryKey: instanceKeys.state(server, project, name) },
  { kind: 'invalidate', queryKey: fileKeys.instance(server, project, name) },
];

export const instanceEvents: ResourceEvents = {
  collection: 'instances',
  scope: 'project',
  prefix: 'instance',
  all: instanceKeys.all,
  list: instanceKeys.list,
  detail: instanceKeys.detail,
  path,
  actions: {
    'instance-started': becomes('Running', 103),
    'instance-restarted': becomes('Running', 103),
    'instance-resumed': becomes('Running', 103),
    'instance-stopped': becomes('Stopped', 102),
    'instance-shutdown': becomes('Stopped', 102),
    'instance-paused': becomes('Frozen', 110),
    // A VM's agent came up: its state (addresses) now says more.
    'instance-ready': ({ server, project, name }) => [{ kind: 'invalidate', queryKey: instanceKeys.state(server, project, name) }],
    'instance-created': refreshed,
    'instance-updated': refreshed,
    // Moved to another cluster member: its `location` changed.
    'instance-migrated': refreshed,
    // A restore brings back the snapshot's configuration, and its state.
    'instance-restored': (event) => [
      ...refreshed(event),
      { kind: 'invalidate', queryKey: instanceKeys.state(event.server, event.project, event.name) },
    ],
    'instance-deleted': ({ server, project, name }) => [
      { kind: 'remove-list-item', queryKey: instanceKeys.list(server, project), id: name },
      ...gone(server, project, name),
    ],
    // LXD 5.0: the source names the new name, `context.old_name` the old one.
    'instance-renamed': ({ server, project, name, oldName }) => [
      ...(oldName
        ? [
            // A cluster move renames its copy before the copy's own read is back: read it then.
            { kind: 'rename-list-item', queryKey: instanceKeys.list(server, project), from: oldName, to: name, read: { path: path(name), project } } as const,
            ...gone(server, project, oldName),
          ]
        : [{ kind: 'refresh-list-item', queryKey: instanceKeys.list(server, project), path: path(name), project, id: name } as const]),
    ],
    // Snapshots and backups are not in the list (recursion=1): only their own lists change.
    'instance-snapshot-created': ({ server, project, name }) => [{ kind: 'invalidate', queryKey: snapshotKeys.list(server, project, name) }],
    'instance-snapshot-updated': ({ server, project, name }) => [{ kind: 'invalidate', queryKey: snapshotKeys.list(server, project, name) }],
    'instance-snapshot-renamed': ({ server, project, name }) => [{ kind: 'invalidate', queryKey: snapshotKeys.list(server, project, name) }],
    'instance-snapshot-deleted': ({ server, project, name }) => [{ kind: 'invalidate', queryKey: snapshotKeys.list(server, project, name) }],
    'instance-backup-created': ({ server, project, name }) => [{ kind: 'invalidate', queryKey: backupKeys.list(server, project, name) }],
    'instance-backup-renamed': ({ server, project, name }) => [{ kind: 'invalidate', queryKey: backupKeys.list(server, project, name) }],
    'instance-backup-deleted': ({ server, project, name }) => [{ kind: 'invalidate', queryKey: backupKeys.list(server, project, name) }],
    // A push or delete changes what the directory views show; reading a file changes nothing.
    'instance-file-pushed': ({ server, project, name }) => [{ kind: 'invalidate', queryKey: fileKeys.directories(server, project, name) }],
    'instance-file-deleted': ({ server, project, name }) => [{ kind: 'invalidate', queryKey: fileKeys.directories(server, project, name) }],
    // The console log is read when the Console tab opens; nothing cached holds it.
    'instance-console-reset': () => [],
  },
  // A newer LXD's action about one instance: that instance's own queries, never the list.
  otherwise: ({ server, project, name }) =>
    name
      ? [
          { kind: 'invalidate', queryKey: instanceKeys.detail(server, project, name) },
          { kind: 'invalidate', queryKey: instanceKeys.state(server, project, name) },
        ]
      : [],
};
