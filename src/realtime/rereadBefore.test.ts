import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { serverKeys } from '@/api/server/keys';
import { rereadAnsweredBefore } from './rereadBefore';
import type { Query } from '@tanstack/react-query';

/** A query of server `local` whose reads are counted; each answer waits for `state.release()`. */
function counted(queryClient: QueryClient, name: string) {
  const queryKey = [...serverKeys.all('local'), name];
  const state = { reads: 0, release: null as (() => void) | null };
  const fetch = () =>
    queryClient.fetchQuery({
      queryKey,
      queryFn: () => {
        state.reads += 1;
        return new Promise<number>((resolve) => {
          state.release = () => resolve(state.reads);
        });
      },
    });
  return { queryKey, state, fetch };
}

describe('rereadAnsweredBefore', () => {
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  afterEach(() => queryClient.clear());

  it('re-reads what was answered before the socket opened, and nothing answered after', async () => {
    const before = counted(queryClient, 'before');
    const pending = before.fetch();
    before.state.release?.();
    await pending;
    const openedAt = Date.now() + 1;
    const after = counted(queryClient, 'after');
    queryClient.setQueryData(after.queryKey, 1, { updatedAt: openedAt + 5 });

    rereadAnsweredBefore(queryClient, 'local', { openedAt });
    expect(queryClient.getQueryState(before.queryKey)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(after.queryKey)?.isInvalidated).toBe(false);
  });

  it('re-reads a query that was being read when the socket opened, once that read ends', async () => {
    const slow = counted(queryClient, 'slow');
    const pending = slow.fetch();
    rereadAnsweredBefore(queryClient, 'local', { openedAt: Date.now() });
    expect(queryClient.getQueryState(slow.queryKey)?.isInvalidated).toBe(false); // not cut short
    slow.state.release?.();
    await pending;
    expect(queryClient.getQueryState(slow.queryKey)?.isInvalidated).toBe(true);
  });

  it('leaves other servers alone', async () => {
    const other = [...serverKeys.all('remote-2'), 'x'];
    queryClient.setQueryData(other, 1, { updatedAt: 1 });
    rereadAnsweredBefore(queryClient, 'local', { openedAt: Date.now() });
    expect(queryClient.getQueryState(other)?.isInvalidated).toBe(false);
  });

  it('with read starts known: re-reads only reads that started before the socket opened or took an early answer', async () => {
    const starts = new Map<string, number>();
    const startedAt = (query: Query) => starts.get(String(query.queryKey.at(-1)));
    const openedAt = 1_000;
    const before = counted(queryClient, 'before');
    const early = counted(queryClient, 'early');
    const after = counted(queryClient, 'after');
    const slowAfter = counted(queryClient, 'slow-after');
    for (const query of [before, early, after]) {
      const pending = query.fetch();
      query.state.release?.();
      await pending;
    }
    starts.set('before', 900).set('early', 1_100).set('after', 1_300).set('slow-after', 1_400);
    const pending = slowAfter.fetch();

    rereadAnsweredBefore(queryClient, 'local', { openedAt, earlyUntil: 1_200, startedAt });
    expect(queryClient.getQueryState(before.queryKey)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(early.queryKey)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(after.queryKey)?.isInvalidated).toBe(false);
    slowAfter.state.release?.();
    await pending;
    expect(queryClient.getQueryState(slowAfter.queryKey)?.isInvalidated).toBe(false);
    expect(slowAfter.state.reads).toBe(1);
  });
});
