/**
 * Runs at most `limit` tasks at a time, in the order they were asked for. A task whose signal
 * aborts while it waits never starts (its promise rejects with the signal's reason).
 *
 * LXD 5.0 answers some single-object reads slowly (a network or a volume computes its `used_by`
 * by walking every instance, about 1.5 s each beside 500 instances) and answers them one after
 * another anyway: asked for 20 at once, the first comes back only after several. Asked in turn,
 * the rows at the top of the screen fill first.
 */
export type Limiter = <T>(task: () => Promise<T>, signal?: AbortSignal) => Promise<T>;

export function createLimiter(limit: number): Limiter {
  let running = 0;
  const waiting: (() => void)[] = [];
  const next = () => {
    while (running < limit && waiting.length > 0) waiting.shift()?.();
  };
  return <T>(task: () => Promise<T>, signal?: AbortSignal) =>
    new Promise<T>((resolve, reject) => {
      const abortReason = () => signal?.reason ?? new DOMException('The read was no longer needed', 'AbortError');
      if (signal?.aborted) {
        reject(abortReason());
        return;
      }
      const onAbort = () => {
        const index = waiting.indexOf(start);
        if (index < 0) return;
        waiting.splice(index, 1);
        reject(abortReason());
      };
      function start() {
        signal?.removeEventListener('abort', onAbort);
        running += 1;
        let result: Promise<T>;
        try {
          result = task();
        } catch (error) {
          result = Promise.reject(error as Error);
        }
        result.then(resolve, reject).finally(() => {
          running -= 1;
          next();
        });
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      waiting.push(start);
      next();
    });
}
