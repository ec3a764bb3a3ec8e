import { describe, expect, it, vi } from 'vitest';
import { LxdClient } from '@/lxd';
import { EVENTS_PATH, earlyEventsOpen, openEarlyEvents, takeEarlyEvents, whenEventsOpen } from './earlyEvents';

class FakeSocket extends EventTarget {
  readyState = 0;
  onopen: (() => void) | null = null;
  onmessage: ((message: { data: unknown }) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    super();
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
    this.dispatchEvent(new Event('open'));
  }
  close() {
    this.closed = true;
    this.readyState = 3;
  }
}

const Fake = FakeSocket as unknown as new (url: string) => WebSocket;

describe('the early events socket', () => {
  it('is the socket the app would open', () => {
    const client = new LxdClient({ id: 'local', baseUrl: 'https://lxd.example' });
    const url = client.websocketUrl('/1.0/events', { query: { type: 'operation,lifecycle', 'all-projects': 'true' } });
    expect(url).toBe(`wss://lxd.example${EVENTS_PATH}`);
  });

  it('keeps what it receives until the app takes it, once', () => {
    const target: Parameters<typeof openEarlyEvents>[0] = {};
    openEarlyEvents(target, 'wss://lxd/x', Fake);
    const socket = target.__lxdeckEvents?.socket as unknown as FakeSocket;
    socket.readyState = 1;
    socket.onopen?.();
    socket.onmessage?.({ data: '{"type":"lifecycle"}' });
    socket.onmessage?.({ data: new ArrayBuffer(1) });
    const taken = takeEarlyEvents(target);
    expect(taken?.messages).toEqual(['{"type":"lifecycle"}']);
    expect(taken?.openedAt).toBeGreaterThan(0);
    expect(socket.onmessage).toBeNull();
    expect(takeEarlyEvents(target)).toBeUndefined();
    // The app has taken over: a second early script opens nothing.
    openEarlyEvents(target, 'wss://lxd/x', Fake);
    expect(target.__lxdeckEvents).toBeNull();
  });

  it('says when it received more than it kept', () => {
    const target: Parameters<typeof openEarlyEvents>[0] = {};
    openEarlyEvents(target, 'wss://lxd/x', Fake);
    const socket = target.__lxdeckEvents?.socket as unknown as FakeSocket;
    socket.readyState = 1;
    for (let i = 0; i < 5000; i++) socket.onmessage?.({ data: `{"n":${i}}` });
    expect(target.__lxdeckEvents?.overflowed).toBeUndefined();
    socket.onmessage?.({ data: '{"n":5000}' });
    const taken = takeEarlyEvents(target);
    expect(taken?.messages).toHaveLength(5000);
    expect(taken?.overflowed).toBe(true);
  });

  it('a socket that was refused or dropped is not handed over', () => {
    const target: Parameters<typeof openEarlyEvents>[0] = {};
    openEarlyEvents(target, 'wss://lxd/x', Fake);
    const socket = target.__lxdeckEvents?.socket as unknown as FakeSocket;
    socket.readyState = 3;
    expect(takeEarlyEvents(target)).toBeUndefined();
  });

  describe('the early requests wait for it', () => {
    const opened = () => {
      const target: Parameters<typeof openEarlyEvents>[0] = {};
      const early = openEarlyEvents(target, 'wss://lxd/x', Fake);
      return { early, socket: early?.socket as unknown as FakeSocket };
    };

    it('until it opens: then they miss no event', () => {
      const { early, socket } = opened();
      const then = vi.fn();
      whenEventsOpen(early, then);
      expect(then).not.toHaveBeenCalled();
      socket.open();
      expect(then).toHaveBeenCalledExactlyOnceWith(true);
      expect(early?.openedAt).toBeGreaterThan(0);
    });

    it('not longer than a moment, nor after it failed', () => {
      vi.useFakeTimers();
      try {
        const slow = opened();
        const then = vi.fn();
        whenEventsOpen(slow.early, then, 250);
        vi.advanceTimersByTime(249);
        expect(then).not.toHaveBeenCalled();
        vi.advanceTimersByTime(1);
        expect(then).toHaveBeenCalledExactlyOnceWith(false);
        slow.socket.open();
        expect(then).toHaveBeenCalledTimes(1);

        const refused = opened();
        const after = vi.fn();
        whenEventsOpen(refused.early, after);
        refused.socket.readyState = 3;
        refused.socket.dispatchEvent(new Event('error'));
        expect(after).toHaveBeenCalledExactlyOnceWith(false);

        const none = vi.fn();
        whenEventsOpen(undefined, none);
        expect(none).toHaveBeenCalledExactlyOnceWith(false);
      } finally {
        vi.useRealTimers();
      }
    });

    it('and so do the app’s names, until the app has taken the socket over', async () => {
      const target: Parameters<typeof openEarlyEvents>[0] = {};
      const socket = openEarlyEvents(target, 'wss://lxd/x', Fake)?.socket as unknown as FakeSocket;
      let done = false;
      const waiting = earlyEventsOpen(target, 10_000).then(() => (done = true));
      await Promise.resolve();
      expect(done).toBe(false);
      socket.open();
      await waiting;
      expect(done).toBe(true);
      // Taken by the app: its later reads do not wait.
      takeEarlyEvents(target);
      await earlyEventsOpen(target, 10_000);
    });
  });
});
