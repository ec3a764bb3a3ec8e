/**
 * The events socket the early script opens (see `src/early.ts`), for the app to take over.
 *
 * LXD keeps no event history, so whatever the app read before its events socket was open is read
 * again once it is (`realtime/rereadBefore.ts`): with the socket opened only after the main bundle
 * had run, that was every list read on load, twice. Opened by the early script, the socket is up
 * before the app asks for what it shows, and the early requests wait for it (`whenEventsOpen`),
 * so nothing of the first screen is read again.
 */

/** `GET /1.0/events` as the app's client writes it (see `realtime/connect.ts`). */
export const EVENTS_PATH = '/1.0/events?type=operation%2Clifecycle&all-projects=true';

/** Messages kept for the app at most (a page whose app never starts keeps no more). */
const MAX_BUFFERED = 5000;

export interface EarlyEvents {
  socket: WebSocket;
  /** Messages received before the app took the socket, oldest first. */
  messages: string[];
  /** `Date.now()` when the socket opened. */
  openedAt?: number;
  /** More arrived than were kept: the app must read again what it shows. */
  overflowed?: boolean;
}

interface EarlyEventsWindow {
  /** The early socket; `null` once the app has taken it (or started without one). */
  __lxdeckEvents?: EarlyEvents | null;
}

/** Run by the early script: opens the events socket and keeps its messages for the app. */
export function openEarlyEvents(target: EarlyEventsWindow, url: string, WebSocketImpl: new (url: string) => WebSocket): EarlyEvents | undefined {
  if (target.__lxdeckEvents !== undefined) return undefined;
  let socket: WebSocket;
  try {
    socket = new WebSocketImpl(url);
  } catch {
    return undefined;
  }
  const early: EarlyEvents = { socket, messages: [] };
  socket.onopen = () => {
    early.openedAt = Date.now();
  };
  socket.onmessage = (message: MessageEvent) => {
    if (typeof message.data !== 'string') return;
    if (early.messages.length < MAX_BUFFERED) early.messages.push(message.data);
    else early.overflowed = true;
  };
  target.__lxdeckEvents = early;
  return early;
}

/**
 * Calls `then` once the socket is open, or has failed, or after `waitMs`, whichever comes first.
 * The early requests wait for it: a read sent once the socket is open misses no event, so the app
 * need not read it again (see `realtime/rereadBefore.ts`); opening takes a few milliseconds, far
 * less than the main bundle takes to arrive.
 */
export function whenEventsOpen(early: EarlyEvents | undefined, then: (open: boolean) => void, waitMs = 250): void {
  const socket = early?.socket;
  if (!socket || socket.readyState !== 0) {
    then(socket?.readyState === 1);
    return;
  }
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    socket.removeEventListener('open', finish);
    socket.removeEventListener('error', finish);
    socket.removeEventListener('close', finish);
    then(socket.readyState === 1);
  };
  const timer = setTimeout(finish, waitMs);
  socket.addEventListener('open', finish);
  socket.addEventListener('error', finish);
  socket.addEventListener('close', finish);
}

/**
 * For the app's reads that would be read a second time if sent before the events socket opened
 * (a list's names): resolves once the early socket is open, has failed, or `waitMs` has passed;
 * at once when there is none, or the app has taken it over.
 */
export function earlyEventsOpen(target: EarlyEventsWindow, waitMs: number): Promise<void> {
  return new Promise((resolve) => whenEventsOpen(target.__lxdeckEvents ?? undefined, () => resolve(), waitMs));
}

/**
 * Run once by the app: the early socket if it is still connecting or open (its handlers are the
 * app's to set), otherwise nothing (a refused or dropped socket is closed; the app opens its own).
 */
export function takeEarlyEvents(target: EarlyEventsWindow): EarlyEvents | undefined {
  const early = target.__lxdeckEvents;
  target.__lxdeckEvents = null;
  if (!early) return undefined;
  early.socket.onopen = null;
  early.socket.onmessage = null;
  // CONNECTING (0) or OPEN (1).
  if (early.socket.readyState > 1) {
    early.socket.close();
    return undefined;
  }
  return early;
}
