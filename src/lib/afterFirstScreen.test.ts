import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstScreen, trackFirstScreenRead } from './afterFirstScreen';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('afterFirstScreen', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once the reads that started are all answered, not before', async () => {
    const queryClient = new QueryClient();
    const run = vi.fn();
    afterFirstScreen(queryClient, run);
    const a = deferred<string>();
    const b = deferred<string>();
    void queryClient.fetchQuery({ queryKey: ['a'], queryFn: () => a.promise });
    void queryClient.fetchQuery({ queryKey: ['b'], queryFn: () => b.promise });
    a.resolve('a');
    await vi.advanceTimersByTimeAsync(10);
    expect(run).not.toHaveBeenCalled();
    b.resolve('b');
    await vi.advanceTimersByTimeAsync(50);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(60);
    expect(run).toHaveBeenCalledTimes(1);
    // Later reads change nothing.
    await queryClient.fetchQuery({ queryKey: ['c'], queryFn: () => 'c' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('decides only once the main thread is idle: a read the render then starts is waited for', async () => {
    const queryClient = new QueryClient();
    const run = vi.fn();
    let idle: (() => void) | undefined;
    afterFirstScreen(queryClient, run, { whenIdle: (then) => (idle = then) });
    await queryClient.fetchQuery({ queryKey: ['server'], queryFn: () => 'server' });
    await vi.advanceTimersByTimeAsync(150);
    // Quiet for 100 ms, but the page is still rendering what the answer brought.
    expect(run).not.toHaveBeenCalled();
    const names = deferred<string>();
    void queryClient.fetchQuery({ queryKey: ['names'], queryFn: () => names.promise });
    idle?.();
    expect(run).not.toHaveBeenCalled();
    names.resolve('names');
    await vi.advanceTimersByTimeAsync(150);
    idle?.();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('a read that follows the last answer within a moment is waited for too', async () => {
    const queryClient = new QueryClient();
    const run = vi.fn();
    afterFirstScreen(queryClient, run);
    await queryClient.fetchQuery({ queryKey: ['names'], queryFn: () => 'names' });
    // The page renders the names, then asks for the objects.
    await vi.advanceTimersByTimeAsync(30);
    const objects = deferred<string>();
    void trackFirstScreenRead(objects.promise);
    await vi.advanceTimersByTimeAsync(500);
    expect(run).not.toHaveBeenCalled();
    objects.resolve('rows');
    await vi.advanceTimersByTimeAsync(150);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('waits for the reads made outside the cache too', async () => {
    const queryClient = new QueryClient();
    const run = vi.fn();
    afterFirstScreen(queryClient, run);
    const preview = deferred<string>();
    void trackFirstScreenRead(preview.promise);
    await queryClient.fetchQuery({ queryKey: ['server'], queryFn: () => 'server' });
    await vi.advanceTimersByTimeAsync(10);
    expect(run).not.toHaveBeenCalled();
    preview.resolve('rows');
    await vi.advanceTimersByTimeAsync(110);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does not wait for nothing: with no read at all it runs after the longest wait', async () => {
    const run = vi.fn();
    afterFirstScreen(new QueryClient(), run, { maxWaitMs: 1500 });
    await vi.advanceTimersByTimeAsync(1499);
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does not wait for a read that hangs longer than the longest wait', async () => {
    const queryClient = new QueryClient();
    const run = vi.fn();
    afterFirstScreen(queryClient, run, { maxWaitMs: 1000 });
    void queryClient.fetchQuery({ queryKey: ['slow'], queryFn: () => new Promise(() => undefined) });
    await vi.advanceTimersByTimeAsync(1001);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('cancelled, never runs', async () => {
    const queryClient = new QueryClient();
    const run = vi.fn();
    const cancel = afterFirstScreen(queryClient, run);
    void queryClient.fetchQuery({ queryKey: ['a'], queryFn: () => 'a' });
    cancel();
    await vi.advanceTimersByTimeAsync(5000);
    expect(run).not.toHaveBeenCalled();
  });
});
