import type { CacheUpdate } from './eventRegistry';

/** One line per update, readable in a test table: `refresh s/project/default/instances/list ev-c1`. */
export function summarize(update: CacheUpdate): string {
  const key = (queryKey: readonly unknown[]) => queryKey.join('/');
  switch (update.kind) {
    case 'invalidate':
      return `invalidate ${key(update.queryKey)}${update.exact ? ' (exact)' : ''}${update.refetch === 'none' ? ' (mark only)' : ''}`;
    case 'invalidate-other-projects':
      return `invalidate other projects ${key(update.suffix)}`;
    case 'set-instance-status':
      return `status ${update.project}/${update.name} ${update.status}`;
    case 'remove-list-item':
      return `remove ${key(update.queryKey)} ${update.id}`;
    case 'rename-list-item':
      return `rename ${key(update.queryKey)} ${update.from} -> ${update.to}`;
    case 'refresh-list-item':
      return `refresh ${key(update.queryKey)} ${update.id} from ${update.path}${update.project ? `?project=${update.project}` : ''}`;
    case 'add-list-item':
      return `add ${key(update.queryKey)} ${String(update.item[update.idField ?? 'name'])}`;
    case 'upsert-operation':
      return `operation ${update.operation.id} ${update.operation.status}`;
  }
}
