import type { LxdInstance } from '@/lxd';

type Item = Record<string, unknown>;

/** Pure patches of a cached list; each returns the same array when nothing changed. */
export function withoutItem<T>(list: T[] | undefined, id: string, idField = 'name'): T[] | undefined {
  if (!Array.isArray(list)) return list;
  const next = list.filter((item) => (item as Item)[idField] !== id);
  return next.length === list.length ? list : next;
}

export function withRenamedItem<T>(list: T[] | undefined, from: string, to: string, idField = 'name'): T[] | undefined {
  if (!Array.isArray(list) || from === to) return list;
  let changed = false;
  // A stale copy under the new name (an earlier refresh) gives way to the renamed one.
  const next = list
    .filter((item) => (item as Item)[idField] !== to || !list.some((other) => (other as Item)[idField] === from))
    .map((item) => {
      if ((item as Item)[idField] !== from) return item;
      changed = true;
      return { ...item, [idField]: to };
    });
  return changed ? next : list;
}

/** Puts `object` in place of the item with its id, or appends it. */
export function withItem<T>(list: T[] | undefined, object: T, idField = 'name'): T[] | undefined {
  if (!Array.isArray(list)) return list;
  const id = (object as Item)[idField];
  const index = list.findIndex((item) => (item as Item)[idField] === id);
  if (index < 0) return [...list, object];
  const next = list.slice();
  next[index] = object;
  return next;
}

export function withInstanceStatus(
  list: LxdInstance[] | undefined,
  name: string,
  status: string,
  statusCode: number,
): LxdInstance[] | undefined {
  if (!Array.isArray(list)) return list;
  let changed = false;
  const next = list.map((instance) => {
    if (instance.name !== name || instance.status === status) return instance;
    changed = true;
    return { ...instance, status, status_code: statusCode };
  });
  return changed ? next : list;
}
