import type { Query, QueryClient, QueryKey } from '@tanstack/react-query';
import { instanceKeys } from '@/api/instances/keys';
import { projectOfOperationList } from '@/api/operations/keys';
import { withOperation, type ListedOperation, type OperationList } from '@/api/operations/operationList';
import type { LxdClient, LxdInstance, LxdSyncResult } from '@/lxd';
import type { CacheKey, CacheUpdate } from './eventRegistry';
import { withInstanceStatus, withItem, withoutItem, withRenamedItem } from './listPatches';

type RefreshUpdate = Extract<CacheUpdate, { kind: 'refresh-list-item' }>;
type Refetch = { queryKey?: QueryKey; exact?: boolean; predicate?: (query: Query) => boolean };

/** Reads one object; the client in the app, a stub in tests. */
export type ReadObject = (path: string, project: string | undefined) => Promise<unknown>;

export function readObjectWith(client: Pick<LxdClient, 'get'>): ReadObject {
  return async (path, project) => (await client.get<unknown>(path, project ? { project } : {})).data;
}

const keyId = (key: CacheKey) => JSON.stringify(key);

/**
 * Applies what the router computed. Patches (statuses, list items, operations) land at once.
 * Invalidations mark queries stale at once and re-read, in a batch (100 ms), only those on screen
 * that are still stale: a row that read its state meanwhile is not read twice, and a burst of
 * events (a bulk start of 50 instances) costs one read per query. A changed object is read alone
 * and put into its cached list; a list nobody shows is only marked stale.
 */
export class CacheUpdater {
  private refetches = new Map<string, Refetch>();
  private refreshes = new Map<string, RefreshUpdate>();
  /** Bumped by every patch of a list item, so a read that answers after a newer change is dropped. */
  private generations = new Map<string, number>();
  /** Items removed since their last refresh was asked for: a read answering later must not bring them back. */
  private removed = new Set<string>();
  /** Items whose read is on its way. */
  private reading = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(
    private readonly queryClient: QueryClient,
    private readonly server: string,
    private readonly readObject: ReadObject,
    private readonly batchMs = 100,
  ) {}

  apply(updates: readonly CacheUpdate[]): void {
    for (const update of updates) this.applyOne(update);
    if ((this.refetches.size > 0 || this.refreshes.size > 0) && this.timer === undefined) {
      this.timer = setTimeout(() => this.flush(), this.batchMs);
    }
  }

  private applyOne(update: CacheUpdate): void {
    const { queryClient } = this;
    switch (update.kind) {
      case 'invalidate': {
        const filters = { queryKey: update.queryKey, exact: update.exact ?? false };
        // Marked now (a row that starts showing it reads it once); read in the batch if still needed.
        void queryClient.invalidateQueries({ ...filters, refetchType: 'none' });
        if (update.refetch !== 'none') this.refetches.set(`${keyId(update.queryKey)} ${filters.exact}`, filters);
        return;
      }
      case 'invalidate-other-projects': {
        const predicate = (query: Query) => {
          const key = query.queryKey;
          return (
            key[0] === update.server &&
            key[1] === 'project' &&
            key[2] !== update.except &&
            update.suffix.every((part, i) => key[3 + i] === part)
          );
        };
        void queryClient.invalidateQueries({ predicate, refetchType: 'none' });
        this.refetches.set(`others ${update.except} ${keyId(update.suffix)}`, { predicate });
        return;
      }
      case 'set-instance-status': {
        this.bump(instanceKeys.list(this.server, update.project), update.name);
        queryClient.setQueryData<LxdInstance[]>(instanceKeys.list(this.server, update.project), (list) =>
          withInstanceStatus(list, update.name, update.status, update.statusCode),
        );
        queryClient.setQueryData<LxdSyncResult<LxdInstance>>(
          instanceKeys.detail(this.server, update.project, update.name),
          (detail) =>
            detail && { ...detail, data: { ...detail.data, status: update.status, status_code: update.statusCode } },
        );
        return;
      }
      case 'remove-list-item':
        this.bump(update.queryKey, update.id);
        this.removed.add(`${keyId(update.queryKey)} ${update.id}`);
        this.refreshes.delete(`${keyId(update.queryKey)} ${update.id}`);
        queryClient.setQueryData<unknown[]>(update.queryKey, (list) => withoutItem(list, update.id, update.idField));
        return;
      case 'rename-list-item': {
        const fromKey = `${keyId(update.queryKey)} ${update.from}`;
        // The old name's read (asked for, or on its way) would answer for an object that is gone.
        const unread = this.refreshes.delete(fromKey) || this.reading.has(fromKey);
        this.bump(update.queryKey, update.from);
        this.removed.add(fromKey);
        this.bump(update.queryKey, update.to);
        const list = queryClient.getQueryData<unknown[]>(update.queryKey);
        const held = Array.isArray(list) && list.some((item) => (item as Record<string, unknown>)[update.idField ?? 'name'] === update.from);
        queryClient.setQueryData<unknown[]>(update.queryKey, (list) =>
          withRenamedItem(list, update.from, update.to, update.idField),
        );
        if (update.read && Array.isArray(list) && (unread || !held)) {
          const { path, project } = update.read;
          this.applyOne({ kind: 'refresh-list-item', queryKey: update.queryKey, path, project, id: update.to, idField: update.idField });
        }
        return;
      }
      case 'add-list-item': {
        const idField = update.idField ?? 'name';
        const id = String(update.item[idField]);
        this.bump(update.queryKey, id);
        this.removed.delete(`${keyId(update.queryKey)} ${id}`);
        queryClient.setQueryData<Record<string, unknown>[]>(update.queryKey, (list) =>
          Array.isArray(list) && !list.some((item) => item[idField] === update.item[idField]) ? [...list, update.item] : list,
        );
        return;
      }
      case 'refresh-list-item':
        this.bump(update.queryKey, update.id);
        this.removed.delete(`${keyId(update.queryKey)} ${update.id}`);
        this.refreshes.set(`${keyId(update.queryKey)} ${update.id}`, update);
        return;
      case 'upsert-operation': {
        const entry = { operation: update.operation, project: update.project };
        // The list and any list under it (one project's, `operationKeys.ofProject`), each showing
        // what is its own.
        for (const query of queryClient.getQueryCache().findAll({ queryKey: update.queryKey })) {
          const listProject = projectOfOperationList(query.queryKey);
          queryClient.setQueryData<OperationList>(query.queryKey, (list) => list && withOperation(list, entry, listProject));
          // A listing being read may have been answered before this event: put it in again after.
          if (query.state.fetchStatus === 'fetching') this.afterListing(query.queryKey, entry);
        }
        return;
      }
    }
  }

  private lateOperations = new Map<string, ListedOperation[]>();

  private afterListing(queryKey: CacheKey, entry: ListedOperation): void {
    const id = keyId(queryKey);
    const waiting = this.lateOperations.get(id);
    if (waiting) {
      waiting.push(entry);
      return;
    }
    this.lateOperations.set(id, [entry]);
    const unsubscribe = this.queryClient.getQueryCache().subscribe((event) => {
      if (keyId(event.query.queryKey) !== id || event.query.state.fetchStatus === 'fetching') return;
      unsubscribe();
      const entries = this.lateOperations.get(id) ?? [];
      this.lateOperations.delete(id);
      if (this.disposed) return;
      const listProject = projectOfOperationList(queryKey);
      this.queryClient.setQueryData<OperationList>(
        queryKey,
        (list) => list && entries.reduce((next, entry) => withOperation(next, entry, listProject), list),
      );
    });
  }

  private bump(listKey: CacheKey, id: string): number {
    const key = `${keyId(listKey)} ${id}`;
    const next = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, next);
    return next;
  }

  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const refetches = [...this.refetches.values()];
    const refreshes = [...this.refreshes.values()];
    this.refetches.clear();
    this.refreshes.clear();
    for (const filters of refetches) {
      // Only what is on screen and still stale: a query read since it was marked is not read again;
      // cancelRefetch: false lets a read in flight finish instead of starting another.
      void this.queryClient
        .refetchQueries(
          {
            ...filters,
            type: 'active',
            predicate: (query) => query.state.isInvalidated && (filters.predicate?.(query) ?? true),
          },
          { cancelRefetch: false },
        )
        .catch(() => undefined);
    }
    for (const update of refreshes) this.refresh(update);
  }

  private refresh(update: RefreshUpdate): void {
    const query = this.queryClient.getQueryCache().find({ queryKey: update.queryKey, exact: true });
    if (!query || query.state.data === undefined) return;
    if (!query.isActive() || query.state.fetchStatus !== 'idle') {
      // Nobody shows it: read it when a page does. Being read: that read may predate the change.
      void this.queryClient.invalidateQueries(
        { queryKey: update.queryKey, exact: true },
        { cancelRefetch: query.state.fetchStatus !== 'idle' },
      );
      return;
    }
    const generationKey = `${keyId(update.queryKey)} ${update.id}`;
    const generation = this.generations.get(generationKey) ?? 0;
    this.reading.add(generationKey);
    const read = this.readObject(update.path, update.project);
    void read.finally(() => this.reading.delete(generationKey)).catch(() => undefined);
    read.then(
      (object) => {
        if (this.disposed) return;
        if ((this.generations.get(generationKey) ?? 0) !== generation) {
          // Changed again while being read: read it again, unless it is gone.
          if (!this.removed.has(generationKey)) this.apply([update]);
          return;
        }
        this.queryClient.setQueryData<unknown[]>(update.queryKey, (list) => withItem(list, object, update.idField));
      },
      (error: unknown) => {
        if (this.disposed) return;
        if (typeof error === 'object' && error !== null && (error as { status?: number }).status === 404) {
          // Gone by the time it was read: a delete event follows or was missed.
          this.queryClient.setQueryData<unknown[]>(update.queryKey, (list) => withoutItem(list, update.id, update.idField));
        } else {
          void this.queryClient.invalidateQueries({ queryKey: update.queryKey, exact: true, refetchType: 'none' });
        }
      },
    );
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.refetches.clear();
    this.refreshes.clear();
  }
}
