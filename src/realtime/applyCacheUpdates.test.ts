import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { instanceKeys } from '@/api/instances/keys';
import type { LxdInstance } from '@/lxd';
import { CacheUpdater } from './applyCacheUpdates';

describe('CacheUpdater', () => {
  let queryClient: QueryClient;
  beforeEach(() => {
    vi.useFakeTimers();
    queryClient = new QueryClient();
  });
  afterEach(() => {
    queryClient.clear();
    vi.useRealTimers();
  });

  it('patches the cached list at once, before any refetch', () => {
    const key = instanceKeys.list('local', 'default');
    queryClient.setQueryData<LxdInstance[]>(key, [{ name: 'a', status: 'Stopped', status_code: 102 } as LxdInstance]);
    new CacheUpdater(queryClient, 'local').apply([
      { kind: 'set-instance-status', project: 'default', name: 'a', status: 'Running', statusCode: 103 },
    ]);
    expect(queryClient.getQueryData<LxdInstance[]>(key)?.[0]?.status).toBe('Running');
  });

  it('batches a burst of invalidations into one per key', async () => {
    const spy = vi.spyOn(queryClient, 'invalidateQueries');
    const updater = new CacheUpdater(queryClient, 'local', 100);
    const queryKey = instanceKeys.list('local', 'default');
    for (let i = 0; i < 50; i += 1) updater.apply([{ kind: 'invalidate', queryKey }]);
    expect(spy).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]?.[0]).toEqual({ queryKey });
  });

  it('does nothing for a list that is not cached', () => {
    new CacheUpdater(queryClient, 'local').apply([{ kind: 'remove-instance', project: 'p', name: 'x' }]);
    expect(queryClient.getQueryData(instanceKeys.list('local', 'p'))).toBeUndefined();
  });
});
