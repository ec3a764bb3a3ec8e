import type { CacheKey, CacheUpdate, LifecycleEventInfo } from '@/lxd';

interface NamedListKeys {
  /** What the actions start with: `network` for `network-created`. */
  prefix: string;
  all: (server: string, project: string) => CacheKey;
  /** The whole list (`?recursion=1`), patched with the one object read alone. */
  list: (server: string, project: string) => CacheKey;
  /** The names (see api/namedList.ts): patched from the event alone, nothing read. */
  names: (server: string, project: string) => CacheKey;
  detail: (server: string, project: string, name: string) => CacheKey;
  path: (name: string) => string;
}

type Actions = Record<string, (event: LifecycleEventInfo) => CacheUpdate[]>;

/**
 * Created, deleted and renamed for a resource listed by name as well as whole: the whole list reads
 * the one object, the names change without a read, the object's detail key is re-read where shown.
 */
export function namedListActions({ prefix, all, list, names, detail, path }: NamedListKeys): Actions {
  return {
    [`${prefix}-created`]: ({ server, project, name }) => [
      { kind: 'refresh-list-item', queryKey: list(server, project), path: path(name), project, id: name },
      { kind: 'add-list-item', queryKey: names(server, project), item: { name } },
      { kind: 'invalidate', queryKey: detail(server, project, name) },
    ],
    [`${prefix}-deleted`]: ({ server, project, name }) => [
      { kind: 'remove-list-item', queryKey: list(server, project), id: name },
      { kind: 'remove-list-item', queryKey: names(server, project), id: name },
      { kind: 'invalidate', queryKey: detail(server, project, name) },
    ],
    [`${prefix}-renamed`]: ({ server, project, name, oldName }) =>
      oldName
        ? [
            { kind: 'rename-list-item', queryKey: list(server, project), from: oldName, to: name, read: { path: path(name), project } },
            { kind: 'rename-list-item', queryKey: names(server, project), from: oldName, to: name },
            { kind: 'invalidate', queryKey: detail(server, project, oldName) },
            { kind: 'invalidate', queryKey: detail(server, project, name) },
          ]
        : [{ kind: 'invalidate', queryKey: all(server, project) }],
  };
}
