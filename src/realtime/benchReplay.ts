import type { LxdEventStream } from '@/lxd';

/** What a benchmark build puts on `window` (see `exposeEventReplay`). */
export interface BenchEvents {
  /** Hands each message to the stream exactly as its socket's `onmessage` does; returns how many. */
  replay: (messages: readonly string[]) => number;
  /** Events delivered to the app's listeners since the socket was wired (socket and replay alike). */
  delivered: () => number;
}

interface BenchWindow {
  __lxdeckBenchEvents?: BenchEvents;
}

/**
 * Benchmark builds only (`LXDECK_BENCH=1 vite build`, see `__LXDECK_BENCH__`): the soak benchmark
 * replays recorded events through the same path as the socket's messages. Other builds do not
 * contain this module. Nothing the server sends can reach it: it is called from the benchmark's
 * DevTools connection. Returns a function that removes it.
 */
export function exposeEventReplay(stream: LxdEventStream, target: BenchWindow = globalThis as BenchWindow): () => void {
  let delivered = 0;
  const unsubscribe = stream.subscribe(() => {
    delivered += 1;
  });
  target.__lxdeckBenchEvents = {
    replay: (messages) => {
      for (const message of messages) stream.receive(message);
      return messages.length;
    },
    delivered: () => delivered,
  };
  return () => {
    unsubscribe();
    delete target.__lxdeckBenchEvents;
  };
}
