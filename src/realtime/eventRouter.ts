import { certificateTokenUpdates } from '@/api/certificates/events';
import { withoutSecrets } from '@/api/operations/operationList';
import { operationKeys } from '@/api/operations/keys';
import { projectKeys } from '@/api/projects/keys';
import type { LxdEvent } from '@/lxd';
import {
  EVENT_REGISTRY,
  READ_ONLY_ACTION,
  type CacheUpdate,
  type LifecycleEventInfo,
  type ResourceEvents,
} from './eventRegistry';

export type { CacheUpdate } from './eventRegistry';

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

/** The entry whose collection is the longest prefix of the source's segments (`cluster/members` before `cluster`). */
function entryFor(segments: string[], registry: readonly ResourceEvents[]): ResourceEvents | undefined {
  let best: ResourceEvents | undefined;
  let bestLength = -1;
  for (const entry of registry) {
    const parts = entry.collection ? entry.collection.split('/') : [];
    if (parts.length <= bestLength || parts.some((part, i) => segments[i] !== part)) continue;
    best = entry;
    bestLength = parts.length;
  }
  return best;
}

/** created/updated read the object alone into the list; deleted/renamed patch the list; detail is refreshed. */
function commonUpdates(entry: ResourceEvents, event: LifecycleEventInfo, verb: string): CacheUpdate[] | undefined {
  const { server, project, name, oldName } = event;
  const idField = entry.idField;
  const list = entry.list?.(server, project);
  const detail = entry.detail;
  const details = (...names: (string | undefined)[]): CacheUpdate[] =>
    detail
      ? names.filter((n): n is string => !!n).map((n) => ({ kind: 'invalidate', queryKey: detail(server, project, n) }))
      : [];
  const readAlone = (): CacheUpdate =>
    list && entry.path
      ? {
          kind: 'refresh-list-item',
          queryKey: list,
          path: entry.path(name),
          ...(entry.scope === 'project' ? { project } : {}),
          id: name,
          ...(idField ? { idField } : {}),
        }
      : { kind: 'invalidate', queryKey: entry.all(server, project) };
  switch (verb) {
    case 'created':
    case 'added':
    case 'updated':
      return [readAlone(), ...details(name)];
    case 'deleted':
    case 'removed':
      return [
        list ? { kind: 'remove-list-item', queryKey: list, id: name, ...(idField ? { idField } : {}) } : { kind: 'invalidate', queryKey: entry.all(server, project) },
        ...details(name),
      ];
    case 'renamed':
      return [
        list && oldName ? { kind: 'rename-list-item', queryKey: list, from: oldName, to: name, ...(idField ? { idField } : {}) } : readAlone(),
        ...details(oldName, name),
      ];
    default:
      return undefined;
  }
}

function lifecycleUpdates(server: string, event: Extract<LxdEvent, { type: 'lifecycle' }>, registry: readonly ResourceEvents[]): CacheUpdate[] {
  const { action, source } = event.metadata;
  if (READ_ONLY_ACTION.test(action)) return [];
  const { segments, project } = parseSource(source, event.project ?? event.metadata.project);
  const entry = entryFor(segments, registry);
  if (!entry) {
    // Not in the registry: whatever is keyed by that collection under the project.
    return segments[0] ? [{ kind: 'invalidate', queryKey: [...projectKeys.scope(server, project), segments[0]] }] : [];
  }
  const path = segments.slice(entry.collection ? entry.collection.split('/').length : 0);
  const context = event.metadata.context ?? {};
  const info: LifecycleEventInfo = {
    server,
    action,
    project,
    path,
    name: path[0] ?? '',
    ...(typeof context.old_name === 'string' ? { oldName: context.old_name } : {}),
    context,
  };
  const own = action.startsWith(`${entry.prefix}-`) && path.length === 1 ? action.slice(entry.prefix.length + 1) : undefined;
  const updates =
    entry.actions?.[action]?.(info) ??
    (own === undefined ? undefined : commonUpdates(entry, info, own)) ??
    entry.otherwise?.(info) ?? [{ kind: 'invalidate', queryKey: entry.all(server, project) }];
  if (!entry.sharedFromDefault || project !== 'default') return updates;
  // Other projects may show default's objects: mark their copy of each touched collection stale.
  const scope = projectKeys.scope(server, project);
  const collections = new Set<unknown>();
  for (const update of updates) {
    const key = 'queryKey' in update ? update.queryKey : undefined;
    if (key && key.length > scope.length && scope.every((part, i) => key[i] === part)) collections.add(key[scope.length]);
  }
  return [
    ...updates,
    ...[...collections].map((collection): CacheUpdate => ({ kind: 'invalidate-other-projects', server, except: project, suffix: [collection] })),
  ];
}

/**
 * What one event means for the cache: the one router over the registry. Pure; the realtime
 * layer applies the result (applyCacheUpdates.ts).
 */
export function cacheUpdatesForEvent(
  server: string,
  event: LxdEvent,
  registry: readonly ResourceEvents[] = EVENT_REGISTRY,
): CacheUpdate[] {
  if (event.type === 'operation') {
    const operation = event.metadata;
    // Token operations have no resources and LXD lists them in every project: server-wide.
    const serverWide = !operation.resources || Object.keys(operation.resources).length === 0;
    return [
      {
        kind: 'upsert-operation',
        queryKey: operationKeys.list(server),
        operation: withoutSecrets(operation),
        project: serverWide ? null : operation.project || event.project || 'default',
      },
      ...certificateTokenUpdates(server, operation),
    ];
  }
  if (event.type !== 'lifecycle') return [];
  return lifecycleUpdates(server, event, registry);
}
