import { fileKeys } from '@/api/files/keys';
import { instanceKeys } from '@/api/instances/keys';
import { operationKeys } from '@/api/operations/keys';
import { projectKeys } from '@/api/projects/keys';
import type { LxdEvent, LxdInstance } from '@/lxd';

/** What one event means for the query cache. Computed purely; applied by applyCacheUpdates. */
export type CacheUpdate =
  | { kind: 'invalidate'; queryKey: readonly unknown[] }
  | { kind: 'set-instance-status'; project: string; name: string; status: string; statusCode: number }
  | { kind: 'remove-instance'; project: string; name: string };

/** Lifecycle actions whose outcome is a known status, applied at once instead of waiting for a refetch. */
const STATUS_AFTER_ACTION: Record<string, { status: string; statusCode: number }> = {
  'instance-started': { status: 'Running', statusCode: 103 },
  'instance-restarted': { status: 'Running', statusCode: 103 },
  'instance-resumed': { status: 'Running', statusCode: 103 },
  'instance-stopped': { status: 'Stopped', statusCode: 102 },
  'instance-shutdown': { status: 'Stopped', statusCode: 102 },
  'instance-paused': { status: 'Frozen', statusCode: 110 },
};

/** Parses a lifecycle `source` such as `/1.0/instances/web?project=staging`. */
export function parseSource(source: string, eventProject?: string): { segments: string[]; project: string } {
  const url = new URL(source, 'https://lxd.invalid');
  const segments = url.pathname
    .split('/')
    .filter(Boolean)
    .slice(1) // drop "1.0"
    .map((segment) => decodeURIComponent(segment));
  const project = eventProject || url.searchParams.get('project') || 'default';
  return { segments, project };
}

export function cacheUpdatesForEvent(server: string, event: LxdEvent): CacheUpdate[] {
  if (event.type === 'operation') {
    return [{ kind: 'invalidate', queryKey: operationKeys.all(server) }];
  }
  if (event.type !== 'lifecycle') return [];

  const { action, source } = event.metadata;
  const { segments, project } = parseSource(source, event.project ?? event.metadata.project);
  const [collection, name] = segments;
  if (!collection) return [];

  if (collection === 'projects') {
    return [
      { kind: 'invalidate', queryKey: projectKeys.list(server) },
      ...(name ? [{ kind: 'invalidate' as const, queryKey: projectKeys.scope(server, name) }] : []),
    ];
  }

  if (collection === 'instances' && name && action.startsWith('instance-file-')) {
    // Reading a file changes nothing, and LXD announces every read (the Files tab would otherwise
    // refresh itself for each file it looks at); a push or delete changes what its directory views show.
    return action === 'instance-file-retrieved'
      ? []
      : [{ kind: 'invalidate', queryKey: fileKeys.directories(server, project, name) }];
  }

  if (collection === 'instances' && name) {
    const updates: CacheUpdate[] = [];
    const knownStatus = STATUS_AFTER_ACTION[action];
    // Snapshot and backup actions carry a longer source; they change the instance, not its status.
    const isInstanceItself = segments.length === 2;
    if (isInstanceItself && knownStatus) {
      updates.push({ kind: 'set-instance-status', project, name, ...knownStatus });
    }
    if (isInstanceItself && action === 'instance-deleted') {
      updates.push({ kind: 'remove-instance', project, name });
    }
    updates.push(
      { kind: 'invalidate', queryKey: instanceKeys.list(server, project) },
      { kind: 'invalidate', queryKey: instanceKeys.detail(server, project, name) },
      { kind: 'invalidate', queryKey: instanceKeys.state(server, project, name) },
    );
    return updates;
  }

  // Other resources (images, networks, storage-pools, profiles, ...) are keyed by their collection
  // name under the project scope, so one prefix refreshes whatever view shows them.
  return [{ kind: 'invalidate', queryKey: [...projectKeys.scope(server, project), collection] }];
}

export function patchInstanceList(
  list: LxdInstance[] | undefined,
  update: CacheUpdate,
): LxdInstance[] | undefined {
  if (!list) return list;
  if (update.kind === 'set-instance-status') {
    let changed = false;
    const next = list.map((instance) => {
      if (instance.name !== update.name || instance.status === update.status) return instance;
      changed = true;
      return { ...instance, status: update.status, status_code: update.statusCode };
    });
    return changed ? next : list;
  }
  if (update.kind === 'remove-instance') {
    const next = list.filter((instance) => instance.name !== update.name);
    return next.length === list.length ? list : next;
  }
  return list;
}
