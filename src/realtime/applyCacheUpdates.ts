import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { instanceKeys } from '@/api/instances/keys';
import type { LxdInstance, LxdSyncResult } from '@/lxd';
import { patchInstanceList, type CacheUpdate } from './eventRouter';

/**
 * Applies status changes to the cache at once and batches invalidations, so a burst of events
 * (a bulk start of 50 instances) costs one refetch per affected query, not one per event.
 */
export class CacheUpdater {
  private pending = new Map<string, QueryKey>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly queryClient: QueryClient,
    private readonly server: string,
    private readonly batchMs = 100,
  ) {}

  apply(updates: readonly CacheUpdate[]): void {
    for (const update of updates) {
      if (update.kind === 'invalidate') {
        this.pending.set(JSON.stringify(update.queryKey), update.queryKey);
        continue;
      }
      this.queryClient.setQueryData<LxdInstance[]>(instanceKeys.list(this.server, update.project), (list) =>
        patchInstanceList(list, update),
      );
      if (update.kind === 'set-instance-status') {
        this.queryClient.setQueryData<LxdSyncResult<LxdInstance>>(
          instanceKeys.detail(this.server, update.project, update.name),
          (detail) =>
            detail && { ...detail, data: { ...detail.data, status: update.status, status_code: update.statusCode } },
        );
      }
    }
    if (this.pending.size > 0 && this.timer === undefined) {
      this.timer = setTimeout(() => this.flush(), this.batchMs);
    }
  }

  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const keys = [...this.pending.values()];
    this.pending.clear();
    for (const queryKey of keys) {
      // cancelRefetch: false lets a refetch already in flight finish instead of restarting it.
      void this.queryClient.invalidateQueries({ queryKey }, { cancelRefetch: false });
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
  }
}
