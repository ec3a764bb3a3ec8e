import { describe, expect, it } from 'vitest';
import { createLimiter } from './limiter';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe('createLimiter', () => {
  it('runs at most `limit` tasks at once, in the order asked', async () => {
    const run = createLimiter(2);
    const started: string[] = [];
    const gates = { a: deferred<string>(), b: deferred<string>(), c: deferred<string>() };
    const task = (id: keyof typeof gates) => () => {
      started.push(id);
      return gates[id].promise;
    };
    const results = [run(task('a')), run(task('b')), run(task('c'))];
    await Promise.resolve();
    expect(started).toEqual(['a', 'b']);
    gates.b.resolve('B');
    await results[1];
    await Promise.resolve();
    expect(started).toEqual(['a', 'b', 'c']);
    gates.a.resolve('A');
    gates.c.resolve('C');
    expect(await Promise.all(results)).toEqual(['A', 'B', 'C']);
  });

  it('never starts a task whose signal aborted while it waited, and goes on with the next', async () => {
    const run = createLimiter(1);
    const first = deferred<number>();
    const started: number[] = [];
    const abort = new AbortController();
    const one = run(() => {
      started.push(1);
      return first.promise;
    });
    const two = run(() => {
      started.push(2);
      return Promise.resolve(2);
    }, abort.signal);
    const three = run(() => {
      started.push(3);
      return Promise.resolve(3);
    });
    abort.abort();
    await expect(two).rejects.toMatchObject({ name: 'AbortError' });
    first.resolve(1);
    expect(await one).toBe(1);
    expect(await three).toBe(3);
    expect(started).toEqual([1, 3]);
  });

  it('a failing task frees its place', async () => {
    const run = createLimiter(1);
    await expect(run(() => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    await expect(run(() => {
      throw new Error('thrown');
    })).rejects.toThrow('thrown');
    expect(await run(() => Promise.resolve('next'))).toBe('next');
  });
});
