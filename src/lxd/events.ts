import type { LxdEvent } from './types';

export type EventStreamStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';

export interface EventStreamOptions {
  url: string;
  /** Delays between reconnect attempts; the last one repeats. Short, so a server that comes back is noticed fast. */
  backoffMs?: readonly number[];
  WebSocketImpl?: new (url: string) => WebSocket;
}

type EventListener = (event: LxdEvent) => void;
type StatusListener = (status: EventStreamStatus, previous: EventStreamStatus) => void;

const DEFAULT_BACKOFF_MS = [250, 500, 1000, 2000, 3000] as const;

/**
 * One `/1.0/events` websocket with reconnect. It keeps no history: each message is handed to the
 * listeners and dropped, so a screen left open for days does not grow.
 *
 * Status: `connecting` before the first open; `live` while open; `reconnecting` right after a drop
 * while the first retry is under way; `offline` once a retry has failed (retries go on).
 */
export class LxdEventStream {
  private socket: WebSocket | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private stopped = true;
  private currentStatus: EventStreamStatus = 'connecting';
  private readonly eventListeners = new Set<EventListener>();
  private readonly statusListeners = new Set<StatusListener>();
  private readonly backoffMs: readonly number[];
  private readonly WebSocketImpl: new (url: string) => WebSocket;

  constructor(private readonly options: EventStreamOptions) {
    this.backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS;
    this.WebSocketImpl = options.WebSocketImpl ?? WebSocket;
  }

  get status(): EventStreamStatus {
    return this.currentStatus;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.open();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    const socket = this.socket;
    this.socket = undefined;
    if (socket) {
      detach(socket);
      socket.close();
    }
  }

  /** Skip the remaining backoff (e.g. when the browser says the network is back). */
  retryNow(): void {
    if (this.stopped || this.socket) return;
    clearTimeout(this.timer);
    this.open();
  }

  subscribe(listener: EventListener): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  onStatus(listener: StatusListener): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  private open(): void {
    this.timer = undefined;
    let opened = false;
    let socket: WebSocket;
    try {
      socket = new this.WebSocketImpl(this.options.url);
    } catch {
      this.scheduleRetry(false);
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      opened = true;
      this.failures = 0;
      this.setStatus('live');
    };
    socket.onmessage = (message: MessageEvent) => {
      if (typeof message.data !== 'string') return;
      let event: LxdEvent;
      try {
        event = JSON.parse(message.data) as LxdEvent;
      } catch {
        return;
      }
      for (const listener of this.eventListeners) listener(event);
    };
    socket.onclose = () => {
      detach(socket);
      if (this.socket === socket) this.socket = undefined;
      if (!this.stopped) this.scheduleRetry(opened);
    };
    // An error is always followed by close; the retry is scheduled there.
    socket.onerror = null;
  }

  private scheduleRetry(wasOpen: boolean): void {
    this.setStatus(wasOpen ? 'reconnecting' : 'offline');
    const delay = this.backoffMs[Math.min(this.failures, this.backoffMs.length - 1)] ?? 1000;
    this.failures += 1;
    this.timer = setTimeout(() => this.open(), delay);
  }

  private setStatus(status: EventStreamStatus): void {
    const previous = this.currentStatus;
    if (previous === status) return;
    this.currentStatus = status;
    for (const listener of this.statusListeners) listener(status, previous);
  }
}

function detach(socket: WebSocket): void {
  socket.onopen = null;
  socket.onmessage = null;
  socket.onclose = null;
  socket.onerror = null;
}
