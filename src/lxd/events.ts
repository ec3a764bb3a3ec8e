import type { LxdEvent, LxdOperation } from './types';

export type EventStreamStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';

export interface EventStreamOptions {
  url: string;
  /** Delays between reconnect attempts; the last one repeats. Short, so a server that comes back is noticed fast. */
  backoffMs?: readonly number[];
  WebSocketImpl?: new (url: string) => WebSocket;
  /**
   * A socket already opened for this URL (by the page's early script), used instead of opening
   * one on the first start, with the messages it received meanwhile and when it opened.
   */
  adopt?: { socket: WebSocket; messages: readonly string[]; openedAt?: number };
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
  private adoptable: EventStreamOptions['adopt'];
  /** `Date.now()` when the current socket opened (undefined while none is open). */
  openedAt: number | undefined;

  constructor(private readonly options: EventStreamOptions) {
    this.backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS;
    this.WebSocketImpl = options.WebSocketImpl ?? WebSocket;
    this.adoptable = options.adopt;
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

  /** Skip the remaining backoff. */
  retryNow(): void {
    if (this.stopped || this.socket) return;
    clearTimeout(this.timer);
    this.open();
  }

  /**
   * When the browser says the network is back: a socket that looks open may be dead (the server
   * dropped its end while the network was gone, and nothing tells the browser until it writes),
   * so it is replaced at once, through `reconnecting`, so listeners re-read what was missed.
   */
  reconnectNow(): void {
    if (this.stopped) return;
    const socket = this.socket;
    if (!socket) {
      this.retryNow();
      return;
    }
    this.socket = undefined;
    this.openedAt = undefined;
    detach(socket);
    socket.close();
    this.setStatus('reconnecting');
    this.failures = 0;
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
    const adopted = this.adoptable;
    this.adoptable = undefined;
    try {
      socket = adopted?.socket ?? new this.WebSocketImpl(this.options.url);
    } catch {
      this.scheduleRetry(false);
      return;
    }
    this.socket = socket;
    const onOpen = (at: number) => {
      opened = true;
      this.failures = 0;
      this.openedAt = at;
      this.setStatus('live');
    };
    socket.onopen = () => onOpen(Date.now());
    socket.onmessage = (message: MessageEvent) => this.receive(message.data);
    socket.onclose = () => {
      detach(socket);
      if (this.socket === socket) this.socket = undefined;
      this.openedAt = undefined;
      if (!this.stopped) this.scheduleRetry(opened);
    };
    // An error is always followed by close; the retry is scheduled there.
    socket.onerror = null;
    if (adopted) {
      // What the socket received before it was handed over, in order, then its state.
      for (const message of adopted.messages) this.receive(message);
      if (socket.readyState === 1) onOpen(adopted.openedAt ?? Date.now());
    }
  }

  /**
   * One message as the socket received it: parsed and handed to every listener. The socket's
   * `onmessage` calls it; benchmark builds also replay recorded messages through it.
   */
  receive(data: unknown): void {
    if (typeof data !== 'string') return;
    let event: LxdEvent;
    try {
      event = JSON.parse(data) as LxdEvent;
    } catch {
      return;
    }
    for (const listener of this.eventListeners) listener(event);
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

// ---------------------------------------------------------------------------------------------
// What a lifecycle event means for a client-side cache, declared per resource. The types live
// here (below api/) so each resource can declare its entry beside its query keys; the table and
// the one router over it are in realtime/.

/** A query key: plain data, compared by value. */
export type CacheKey = readonly unknown[];

/**
 * One change to the query cache, computed purely from an event and applied by the realtime layer.
 * Nothing here reads a whole list: a changed object is read alone and put into the cached list.
 */
export type CacheUpdate =
  /**
   * Marks the queries under `queryKey` stale at once; those on screen are read again (batched,
   * and not when something on screen already re-read them). `refetch: 'none'` only marks them,
   * so they are read the next time a page shows them.
   */
  | { kind: 'invalidate'; queryKey: CacheKey; exact?: boolean; refetch?: 'active' | 'none' }
  /** Like `invalidate`, for `[server, 'project', <every project but except>, ...suffix]`. */
  | { kind: 'invalidate-other-projects'; server: string; except: string; suffix: CacheKey }
  /** Sets an instance's status in its project's list and its detail (status known from the action). */
  | { kind: 'set-instance-status'; project: string; name: string; status: string; statusCode: number }
  /** Removes the item whose `idField` (default `name`) is `id` from the cached list at `queryKey`. */
  | { kind: 'remove-list-item'; queryKey: CacheKey; id: string; idField?: string }
  /**
   * Renames the item `from` to `to` in the cached list at `queryKey`. With `read`, the renamed
   * object is read alone (as `refresh-list-item` does) when the list has no `from` to rename yet or
   * a read of `from` was still to answer: a cluster move creates `lxd-move-of-<uuid>`, deletes the
   * original and renames the copy within a second, before the copy's own read is back.
   */
  | { kind: 'rename-list-item'; queryKey: CacheKey; from: string; to: string; idField?: string; read?: { path: string; project?: string } }
  /**
   * Reads one object (`GET path`, with `project` when given) and puts it in place of the item with
   * the same id in the cached list at `queryKey`, or appends it. When no page shows that list, it
   * is only marked stale instead: nothing is read for a list nobody looks at.
   */
  | { kind: 'refresh-list-item'; queryKey: CacheKey; path: string; project?: string; id: string; idField?: string }
  /**
   * Adds `item` to the cached list at `queryKey` unless an item with its id is there: a list of
   * names learns of a new object from the event alone, without reading it.
   */
  | { kind: 'add-list-item'; queryKey: CacheKey; item: Record<string, unknown>; idField?: string }
  /** Puts an operation (secrets already removed) into the cached operations list at `queryKey`. */
  | { kind: 'upsert-operation'; queryKey: CacheKey; operation: LxdOperation; project: string | null };

/** A lifecycle event as a registry entry sees it. */
export interface LifecycleEventInfo {
  server: string;
  /** LXD's action, e.g. `instance-started`, `storage-volume-created`. */
  action: string;
  /** The event's project (LXD 5.0 sends it; `default` when absent). */
  project: string;
  /** Path segments after the collection: `/1.0/instances/c1/snapshots/s0` gives `['c1', 'snapshots', 's0']`. */
  path: string[];
  /** The object's name: the first segment after the collection ('' for the collection itself). */
  name: string;
  /** A rename's previous name (`context.old_name`; for snapshots `instance/snapshot`). */
  oldName?: string;
  context: Record<string, unknown>;
}

/** One resource's entry in the event registry: mostly declarations; the router in realtime/ reads them. */
export interface ResourceEvents {
  /** LXD's collection as it appears in lifecycle `source` paths: `instances`, `cluster/members`; '' for `/1.0`. */
  collection: string;
  /** `server`: objects of the whole server (projects, certificates); `project`: objects live in a project. */
  scope: 'server' | 'project';
  /**
   * Projects without the matching `features.*` show `default`'s objects (and server-wide objects
   * keyed per project, like storage pools, are shown from every project): a change in `default`
   * then also marks the same collection of every other project stale.
   */
  sharedFromDefault?: boolean;
  /** What the actions about the objects themselves start with: `instance` for `instance-created`. */
  prefix: string;
  /** Every key of the resource in a project (or on the server). Unknown actions mark it stale. */
  all: (server: string, project: string) => CacheKey;
  /** The cached list (`?recursion=1`) that `<prefix>-created/updated/deleted/renamed` patch item by item. */
  list?: (server: string, project: string) => CacheKey;
  /** One object's own query, refreshed when it changes. */
  detail?: (server: string, project: string, name: string) => CacheKey;
  /** The object's URL, read alone when it was created or changed (never the whole list). */
  path?: (name: string) => string;
  /** The field that names an item of the list: `name` unless told (`fingerprint`, `uuid`, `server_name`). */
  idField?: string;
  /** Actions with a meaning of their own, looked up before the common ones. */
  actions?: Readonly<Record<string, (event: LifecycleEventInfo) => CacheUpdate[]>>;
  /** Actions the table does not know (a newer LXD, sub-objects); by default `all` is marked stale. */
  otherwise?: (event: LifecycleEventInfo) => CacheUpdate[];
}
