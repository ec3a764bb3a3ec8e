import { describe, expect, it } from 'vitest';
import { LxdClient } from '@/lxd';
import { EVENTS_PATH, openEarlyEvents, takeEarlyEvents } from './earlyEvents';

class FakeSocket {
  readyState = 0;
  onopen: (() => void) | null = null;
  onmessage: ((message: { data: unknown }) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {}
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

  it('a socket that was refused or dropped is not handed over', () => {
    const target: Parameters<typeof openEarlyEvents>[0] = {};
    openEarlyEvents(target, 'wss://lxd/x', Fake);
    const socket = target.__lxdeckEvents?.socket as unknown as FakeSocket;
    socket.readyState = 3;
    expect(takeEarlyEvents(target)).toBeUndefined();
  });
});
