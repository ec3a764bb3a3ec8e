import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { instanceKeys } from '@/api/instances/keys';
import { operationKeys } from '@/api/operations/keys';
import type { OperationList } from '@/api/operations/operationList';
import type { LxdInstance, LxdOperation } from '@/lxd';
import { CacheUpdater, type ReadObject } from './applyCacheUpdates';

const instance = (name: string, status = 'Stopped', extra: Partial<LxdInstance> = {}) =>
  ({ name, status, status_code: 102, ...extra }) as LxdInstance;

describe('CacheUpdater', () => {
  let queryClient: QueryClient;
  let reads: string[];
  let readObject: ReadObject;
  const listKey = instanceKeys.list('local', 'default');

  /** Keeps a query "on screen" (an enabled observer), as a mounted component would. */
  function show(queryKey: readonly unknown[], queryFn: () => Promise<unknown>, enabled = true) {
    const observer = new QueryObserver(queryClient, { queryKey, queryFn, staleTime: Infinity, enabled });
    return { observer, unsubscribe: observer.subscribe(() => undefined) };
  }

  beforeEach(() => {
    vi.useFakeTimers();
    queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
    reads = [];
    readObject = vi.fn(async (path: string) => {
      reads.push(path);
      return instance(path.split('/').pop() ?? '', 'Running', { description: 'read alone' });
    });
  });
  afterEach(() => {
    queryClient.clear();
    vi.useRealTimers();
  });

  it('patches the cached list at once, before any read', () => {
    queryClient.setQueryData<LxdInstance[]>(listKey, [instance('a')]);
    new CacheUpdater(queryClient, 'local', readObject).apply([
      { kind: 'set-instance-status', project: 'default', name: 'a', status: 'Running', statusCode: 103 },
    ]);
    expect(queryClient.getQueryData<LxdInstance[]>(listKey)?.[0]?.status).toBe('Running');
  });

  it('re-reads a query on screen once for a burst of invalidations', async () => {
    const queryFn = vi.fn(async () => 'state');
    const { unsubscribe } = show(instanceKeys.state('local', 'default', 'a'), queryFn);
    await vi.advanceTimersByTimeAsync(0);
    expect(queryFn).toHaveBeenCalledTimes(1);
    const updater = new CacheUpdater(queryClient, 'local', readObject, 100);
    for (let i = 0; i < 50; i += 1) updater.apply([{ kind: 'invalidate', queryKey: instanceKeys.state('local', 'default', 'a') }]);
    expect(queryFn).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(queryFn).toHaveBeenCalledTimes(2);
    unsubscribe();
  });

  it('reads the state of a row that starts showing it once, not again when the batch flushes', async () => {
    const stateKey = instanceKeys.state('local', 'default', 'a');
    const queryFn = vi.fn(async () => 'state');
    // A stopped row: its state query exists but is disabled.
    const { observer, unsubscribe } = show(stateKey, queryFn, false);
    const updater = new CacheUpdater(queryClient, 'local', readObject, 100);
    updater.apply([{ kind: 'invalidate', queryKey: stateKey }]);
    // The row re-renders as running and enables its query: one read.
    observer.setOptions({ queryKey: stateKey, queryFn, staleTime: Infinity, enabled: true });
    await vi.advanceTimersByTimeAsync(10);
    expect(queryFn).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(queryFn).toHaveBeenCalledTimes(1);
    unsubscribe();
  });

  it('marks a query nobody shows without reading it', async () => {
    const queryFn = vi.fn(async () => 'x');
    queryClient.setQueryData(instanceKeys.detail('local', 'default', 'a'), 'old');
    new CacheUpdater(queryClient, 'local', readObject, 100).apply([
      { kind: 'invalidate', queryKey: instanceKeys.detail('local', 'default', 'a') },
    ]);
    await vi.advanceTimersByTimeAsync(200);
    expect(queryFn).not.toHaveBeenCalled();
    expect(queryClient.getQueryState(instanceKeys.detail('local', 'default', 'a'))?.isInvalidated).toBe(true);
  });

  it('reads a changed object alone into a list on screen, and never the list', async () => {
    const listFn = vi.fn(async () => [instance('a'), instance('b')]);
    const { unsubscribe } = show(listKey, listFn);
    await vi.advanceTimersByTimeAsync(0);
    const updater = new CacheUpdater(queryClient, 'local', readObject, 100);
    const refresh = (id: string) =>
      ({ kind: 'refresh-list-item', queryKey: listKey, path: `/1.0/instances/${id}`, project: 'default', id }) as const;
    updater.apply([refresh('b'), refresh('c'), refresh('b')]);
    await vi.advanceTimersByTimeAsync(100);
    expect(reads).toEqual(['/1.0/instances/b', '/1.0/instances/c']);
    expect(listFn).toHaveBeenCalledTimes(1);
    const list = queryClient.getQueryData<LxdInstance[]>(listKey);
    expect(list?.map((i) => [i.name, i.description])).toEqual([
      ['a', undefined],
      ['b', 'read alone'],
      ['c', 'read alone'],
    ]);
    unsubscribe();
  });

  it('adds a named item to a list of names without reading anything, once', () => {
    const namesKey = ['local', 'project', 'default', 'networks', 'names'];
    queryClient.setQueryData(namesKey, [{ name: 'a' }]);
    const updater = new CacheUpdater(queryClient, 'local', readObject, 100);
    updater.apply([{ kind: 'add-list-item', queryKey: namesKey, item: { name: 'b' } }]);
    updater.apply([{ kind: 'add-list-item', queryKey: namesKey, item: { name: 'b' } }]);
    expect(queryClient.getQueryData(namesKey)).toEqual([{ name: 'a' }, { name: 'b' }]);
    expect(reads).toEqual([]);
  });

  it('only marks a list nobody shows, reading nothing', async () => {
    queryClient.setQueryData<LxdInstance[]>(listKey, [instance('a')]);
    new CacheUpdater(queryClient, 'local', readObject, 100).apply([
      { kind: 'refresh-list-item', queryKey: listKey, path: '/1.0/instances/a', project: 'default', id: 'a' },
    ]);
    await vi.advanceTimersByTimeAsync(200);
    expect(reads).toEqual([]);
    expect(queryClient.getQueryState(listKey)?.isInvalidated).toBe(true);
  });

  describe('a cluster move: the copy created, the original deleted, the copy renamed', () => {
    // As LXD 5.0 sends them when a member is evacuated (recorded on the loopback cluster).
    const copy = 'lxd-move-of-40d076d2-7275-4d4b-b723-f7db5f44e597';
    const move = (apply: (updates: Parameters<CacheUpdater['apply']>[0]) => void) => ({
      created: () => apply([{ kind: 'refresh-list-item', queryKey: listKey, path: `/1.0/instances/${copy}`, project: 'default', id: copy }]),
      deleted: () => apply([{ kind: 'remove-list-item', queryKey: listKey, id: 'c1' }]),
      renamed: () =>
        apply([{ kind: 'rename-list-item', queryKey: listKey, from: copy, to: 'c1', read: { path: '/1.0/instances/c1', project: 'default' } }]),
    });

    it('keeps the instance when all three arrive before the copy is read', async () => {
      const { unsubscribe } = show(listKey, async () => [instance('c1', 'Stopped', { location: 'member2' })]);
      await vi.advanceTimersByTimeAsync(0);
      const updater = new CacheUpdater(queryClient, 'local', readObject, 100);
      const events = move((updates) => updater.apply(updates));
      events.created();
      events.deleted();
      events.renamed();
      await vi.advanceTimersByTimeAsync(100);
      expect(reads).toEqual(['/1.0/instances/c1']);
      expect(queryClient.getQueryData<LxdInstance[]>(listKey)?.map((i) => [i.name, i.description])).toEqual([['c1', 'read alone']]);
      unsubscribe();
    });

    it('keeps the instance when the rename arrives while the copy is being read', async () => {
      const { unsubscribe } = show(listKey, async () => [instance('c1', 'Stopped', { location: 'member2' })]);
      await vi.advanceTimersByTimeAsync(0);
      const answers: Array<() => void> = [];
      const slowRead: ReadObject = (path) =>
        new Promise((resolve) => answers.push(() => resolve(instance(path.split('/').pop() ?? '', 'Stopped', { location: 'member1' }))));
      const updater = new CacheUpdater(queryClient, 'local', slowRead, 100);
      const events = move((updates) => updater.apply(updates));
      events.created();
      await vi.advanceTimersByTimeAsync(100);
      events.deleted();
      events.renamed();
      for (const answer of answers.splice(0)) answer();
      await vi.advanceTimersByTimeAsync(100);
      for (const answer of answers.splice(0)) answer();
      await vi.advanceTimersByTimeAsync(0);
      expect(queryClient.getQueryData<LxdInstance[]>(listKey)?.map((i) => [i.name, i.location])).toEqual([['c1', 'member1']]);
      unsubscribe();
    });

    it('renames in place, reading nothing, when the copy was already in the list', async () => {
      const { unsubscribe } = show(listKey, async () => [instance(copy)]);
      await vi.advanceTimersByTimeAsync(0);
      const updater = new CacheUpdater(queryClient, 'local', readObject, 100);
      move((updates) => updater.apply(updates)).renamed();
      await vi.advanceTimersByTimeAsync(200);
      expect(reads).toEqual([]);
      expect(queryClient.getQueryData<LxdInstance[]>(listKey)?.map((i) => i.name)).toEqual(['c1']);
      unsubscribe();
    });
  });

  it('does not bring back an item deleted while it was being read', async () => {
    const { unsubscribe } = show(listKey, async () => [instance('a')]);
    await vi.advanceTimersByTimeAsync(0);
    let answer: (value: unknown) => void = () => undefined;
    const slowRead: ReadObject = () => new Promise((resolve) => (answer = resolve));
    const updater = new CacheUpdater(queryClient, 'local', slowRead, 100);
    updater.apply([{ kind: 'refresh-list-item', queryKey: listKey, path: '/1.0/instances/a', project: 'default', id: 'a' }]);
    await vi.advanceTimersByTimeAsync(100);
    updater.apply([{ kind: 'remove-list-item', queryKey: listKey, id: 'a' }]);
    answer(instance('a', 'Running'));
    await vi.advanceTimersByTimeAsync(200);
    expect(queryClient.getQueryData<LxdInstance[]>(listKey)).toEqual([]);
    unsubscribe();
  });

  it('renames and removes list items in place', () => {
    queryClient.setQueryData<LxdInstance[]>(listKey, [instance('a'), instance('b')]);
    const updater = new CacheUpdater(queryClient, 'local', readObject);
    updater.apply([{ kind: 'rename-list-item', queryKey: listKey, from: 'a', to: 'z' }]);
    updater.apply([{ kind: 'remove-list-item', queryKey: listKey, id: 'b' }]);
    expect(queryClient.getQueryData<LxdInstance[]>(listKey)?.map((i) => i.name)).toEqual(['z']);
  });

  it('marks other projects stale, not the one the event was about', () => {
    queryClient.setQueryData(['local', 'project', 'default', 'profiles', 'list'], []);
    queryClient.setQueryData(['local', 'project', 'p2', 'profiles', 'list'], []);
    queryClient.setQueryData(['local', 'project', 'p2', 'instances', 'list'], []);
    new CacheUpdater(queryClient, 'local', readObject).apply([
      { kind: 'invalidate-other-projects', server: 'local', except: 'default', suffix: ['profiles'] },
    ]);
    const invalidated = (key: unknown[]) => queryClient.getQueryState(key)?.isInvalidated;
    expect(invalidated(['local', 'project', 'default', 'profiles', 'list'])).toBe(false);
    expect(invalidated(['local', 'project', 'p2', 'profiles', 'list'])).toBe(true);
    expect(invalidated(['local', 'project', 'p2', 'instances', 'list'])).toBe(false);
  });

  it('puts an operation into the cached operations list', () => {
    const list: OperationList = { operations: [], mode: 'per-project', failedProjects: [] };
    queryClient.setQueryData(operationKeys.list('local'), list);
    const operation = { id: 'op', status: 'Running', updated_at: '2026-12-02T10:00:00Z' } as LxdOperation;
    new CacheUpdater(queryClient, 'local', readObject).apply([
      { kind: 'upsert-operation', queryKey: operationKeys.list('local'), operation, project: 'default' },
    ]);
    expect(queryClient.getQueryData<OperationList>(operationKeys.list('local'))?.operations).toEqual([
      { operation, project: 'default' },
    ]);
  });

  it('puts an operation into a project wall\'s own operations list too', () => {
    const empty: OperationList = { operations: [], mode: 'per-project', failedProjects: [] };
    queryClient.setQueryData(operationKeys.ofProject('local', 'default'), empty);
    const operation = { id: 'op', status: 'Running', updated_at: '2026-12-02T10:00:00Z' } as LxdOperation;
    new CacheUpdater(queryClient, 'local', readObject).apply([
      { kind: 'upsert-operation', queryKey: operationKeys.list('local'), operation, project: 'default' },
    ]);
    expect(queryClient.getQueryData<OperationList>(operationKeys.ofProject('local', 'default'))?.operations).toEqual([
      { operation, project: 'default' },
    ]);
    // The whole list was not cached: it stays so.
    expect(queryClient.getQueryData(operationKeys.list('local'))).toBeUndefined();
  });

  it("keeps another project's operation out of a project's own list", () => {
    const empty: OperationList = { operations: [], mode: 'per-project', failedProjects: [] };
    queryClient.setQueryData(operationKeys.list('local'), empty);
    queryClient.setQueryData(operationKeys.ofProject('local', 'web'), empty);
    const operation = { id: 'op', status: 'Running', updated_at: '2026-12-02T10:00:00Z' } as LxdOperation;
    new CacheUpdater(queryClient, 'local', readObject).apply([
      { kind: 'upsert-operation', queryKey: operationKeys.list('local'), operation, project: 'db' },
    ]);
    expect(queryClient.getQueryData<OperationList>(operationKeys.ofProject('local', 'web'))?.operations).toEqual([]);
    expect(queryClient.getQueryData<OperationList>(operationKeys.list('local'))?.operations).toEqual([{ operation, project: 'db' }]);
  });

  it('puts an operation in again when a listing being read answers after its event', async () => {
    const key = operationKeys.list('local');
    queryClient.setQueryData<OperationList>(key, { operations: [], mode: 'per-project', failedProjects: [] });
    let answer: (list: OperationList) => void = () => undefined;
    const { unsubscribe } = show(key, () => new Promise<OperationList>((resolve) => (answer = resolve)));
    queryClient.invalidateQueries({ queryKey: key });
    await vi.advanceTimersByTimeAsync(0);
    expect(queryClient.getQueryState(key)?.fetchStatus).toBe('fetching');
    const operation = { id: 'op', status: 'Running', updated_at: '2026-12-02T10:00:00Z' } as LxdOperation;
    new CacheUpdater(queryClient, 'local', readObject).apply([
      { kind: 'upsert-operation', queryKey: key, operation, project: 'default' },
    ]);
    answer({ operations: [], mode: 'per-project', failedProjects: [] });
    await vi.advanceTimersByTimeAsync(0);
    expect(queryClient.getQueryData<OperationList>(key)?.operations.map((entry) => entry.operation.id)).toEqual(['op']);
    unsubscribe();
  });

  it('does nothing for a list that is not cached', () => {
    new CacheUpdater(queryClient, 'local', readObject).apply([
      { kind: 'remove-list-item', queryKey: instanceKeys.list('local', 'p'), id: 'x' },
    ]);
    expect(queryClient.getQueryData(instanceKeys.list('local', 'p'))).toBeUndefined();
  });
});
