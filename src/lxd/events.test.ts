import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LxdEventStream, type EventStreamStatus } from './events';

/** A stand-in for the browser WebSocket that the test opens, feeds and closes by hand. */
class FakeSocket {
  static instances: FakeSocket[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((message: { data: unknown }) => void) | null = null;
  onclose: (() => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeSocket.instances.push(this);
  }
  close() {
    this.closed = true;
  }
  open() {
    this.onopen?.();
  }
  receive(data: unknown) {
    this.onmessage?.({ data: JSON.stringify(data) });
  }
  drop() {
    this.onclose?.();
  }
}

function latest(): FakeSocket {
  const socket = FakeSocket.instances.at(-1);
  if (!socket) throw new Error('no socket was opened');
  return socket;
}

describe('LxdEventStream', () => {
  let statuses: EventStreamStatus[];
  let stream: LxdEventStream;

  beforeEach(() => {
    vi.useFakeTimers();
    FakeSocket.instances = [];
    statuses = [];
    stream = new LxdEventStream({
      url: 'wss://lxd/1.0/events',
      backoffMs: [100, 1000],
      WebSocketImpl: FakeSocket as unknown as new (url: string) => WebSocket,
    });
    stream.onStatus((status) => statuses.push(status));
  });

  afterEach(() => {
    stream.stop();
    vi.useRealTimers();
  });

  it('delivers parsed events to subscribers while live', () => {
    const received: unknown[] = [];
    stream.subscribe((event) => received.push(event));
    stream.start();
    latest().open();
    latest().receive({ type: 'lifecycle', metadata: { action: 'instance-started', source: '/1.0/instances/a' } });
    latest().onmessage?.({ data: 'not json' });
    expect(statuses).toEqual(['live']);
    expect(received).toHaveLength(1);
  });

  it('goes reconnecting on a drop, offline when the retry fails, and live again when one succeeds', () => {
    stream.start();
    latest().open();
    latest().drop();
    expect(stream.status).toBe('reconnecting');
    expect(FakeSocket.instances).toHaveLength(1);

    vi.advanceTimersByTime(100);
    expect(FakeSocket.instances).toHaveLength(2);
    latest().drop(); // refused: server still down
    expect(stream.status).toBe('offline');

    vi.advanceTimersByTime(999);
    expect(FakeSocket.instances).toHaveLength(2);
    vi.advanceTimersByTime(1);
    latest().open();
    expect(statuses).toEqual(['live', 'reconnecting', 'offline', 'live']);
  });

  it('keeps retrying at the last backoff step, and retryNow skips the wait', () => {
    stream.start();
    latest().drop();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      vi.advanceTimersByTime(1000);
      latest().drop();
    }
    expect(FakeSocket.instances).toHaveLength(6);
    stream.retryNow();
    expect(FakeSocket.instances).toHaveLength(7);
  });

  it('reconnectNow replaces a socket that looks open, going through reconnecting', () => {
    stream.start();
    latest().open();
    const old = latest();
    stream.reconnectNow();
    expect(old.closed).toBe(true);
    expect(FakeSocket.instances).toHaveLength(2);
    old.drop(); // the old socket's close arrives late: ignored
    latest().open();
    expect(statuses).toEqual(['live', 'reconnecting', 'live']);
    vi.advanceTimersByTime(10_000);
    expect(FakeSocket.instances).toHaveLength(2);
  });

  it('receive hands a message to the listeners as the socket does', () => {
    const received: unknown[] = [];
    stream.subscribe((event) => received.push(event));
    stream.receive(JSON.stringify({ type: 'lifecycle', metadata: { action: 'instance-stopped', source: '/1.0/instances/a' } }));
    stream.receive('not json');
    stream.receive(new ArrayBuffer(2));
    expect(received).toHaveLength(1);
  });

  it('stop closes the socket and schedules nothing more', () => {
    stream.start();
    latest().open();
    const socket = latest();
    stream.stop();
    expect(socket.closed).toBe(true);
    vi.advanceTimersByTime(10_000);
    expect(FakeSocket.instances).toHaveLength(1);
  });

  describe('taking over a socket opened early', () => {
    const started = { type: 'lifecycle', metadata: { action: 'instance-started', source: '/1.0/instances/a' } };

    function adopting(readyState: number, openedAt?: number) {
      const socket = new FakeSocket('wss://lxd/1.0/events') as FakeSocket & { readyState: number };
      socket.readyState = readyState;
      const adopted = new LxdEventStream({
        url: 'wss://lxd/1.0/events',
        WebSocketImpl: FakeSocket as unknown as new (url: string) => WebSocket,
        adopt: { socket: socket as unknown as WebSocket, messages: [JSON.stringify(started)], openedAt },
      });
      const seen: EventStreamStatus[] = [];
      adopted.onStatus((status) => seen.push(status));
      const received: unknown[] = [];
      adopted.subscribe((event) => received.push(event));
      return { socket, adopted, seen, received };
    }

    it('an open one: delivers what it received meanwhile and is live since it opened, without a new socket', () => {
      const { socket, adopted, seen, received } = adopting(1, 1234);
      adopted.start();
      expect(FakeSocket.instances).toEqual([socket]);
      expect(received).toEqual([started]);
      expect(seen).toEqual(['live']);
      expect(adopted.openedAt).toBe(1234);
      socket.receive(started);
      expect(received).toHaveLength(2);
      adopted.stop();
    });

    it('a connecting one: goes live when it opens; after a drop, a new socket is opened as usual', () => {
      const { socket, adopted, seen } = adopting(0);
      adopted.start();
      expect(seen).toEqual([]);
      socket.open();
      expect(seen).toEqual(['live']);
      socket.drop();
      vi.advanceTimersByTime(1000);
      expect(FakeSocket.instances).toHaveLength(2);
      adopted.stop();
    });
  });
});
