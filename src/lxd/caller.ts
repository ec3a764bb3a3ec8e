import type { LxdClient } from './client';
import type { LxdEvent } from './types';

/** The part of the browser's WebSocket the lookup uses (tests give a fake). */
export interface CallerSocket {
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  onclose: ((event: unknown) => void) | null;
  close(): void;
}

export interface CallerLookupOptions {
  signal?: AbortSignal;
  /** Give up after this long and answer null. */
  timeoutMs?: number;
  /** How often the marked request is sent again until LXD's log names it. */
  retryMs?: number;
  openSocket?: (url: string) => CallerSocket;
  /** A random marker for the request; the query parameter that carries it is `lxdeck-caller`. */
  nonce?: string;
}

const MARKER = 'lxdeck-caller';

const randomNonce = () => Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** The certificate fingerprint a "Handling API request" log entry names for the marked URL. */
export function callerFromLogEvent(event: unknown, nonce: string): string | undefined {
  if (!event || typeof event !== 'object') return undefined;
  const logged = event as Partial<LxdEvent>;
  if (logged.type !== 'logging') return undefined;
  const { message, context } = (logged.metadata ?? {}) as { message?: string; context?: Record<string, string> };
  if (message !== 'Handling API request' || !context?.url?.includes(`${MARKER}=${nonce}`)) return undefined;
  return context.protocol === 'tls' && /^[0-9a-f]{64}$/.test(context.username ?? '') ? context.username : undefined;
}

/**
 * Which trusted certificate this browser presents, on an LXD that does not say so in `GET /1.0`
 * (LXD 5.0 has no `auth_user_name`). The browser cannot read its own TLS client certificate, but
 * LXD logs every request it handles with the caller's fingerprint, and an admin may listen to that
 * log: the lookup opens `/1.0/events?type=logging`, sends one marked `GET /1.0`, and reads the
 * fingerprint from the entry that names it. Null when it cannot tell (not an admin, no answer).
 */
export function lookUpCallerFingerprint(client: LxdClient, options: CallerLookupOptions = {}): Promise<string | null> {
  const { signal, timeoutMs = 6000, retryMs = 1000, nonce = randomNonce() } = options;
  const openSocket = options.openSocket ?? ((url: string) => new WebSocket(url) as unknown as CallerSocket);
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(null);
    const socket = openSocket(client.websocketUrl('/1.0/events', { query: { type: 'logging' } }));
    let settled = false;
    let retry: ReturnType<typeof setInterval> | undefined;
    const finish = (fingerprint: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timeout);
      clearInterval(retry);
      signal?.removeEventListener('abort', abort);
      socket.onopen = socket.onmessage = socket.onerror = socket.onclose = null;
      socket.close();
      resolve(fingerprint);
    };
    const abort = () => finish(null);
    const timeout = setTimeout(abort, timeoutMs);
    signal?.addEventListener('abort', abort);
    // LXD starts listening just after the socket opens, so the first request may go unlogged.
    const ask = () => void client.get('/1.0', { query: { [MARKER]: nonce } }).catch(() => finish(null));
    socket.onopen = () => {
      ask();
      retry = setInterval(ask, retryMs);
    };
    socket.onmessage = ({ data }) => {
      if (typeof data !== 'string') return;
      let event: unknown;
      try {
        event = JSON.parse(data);
      } catch {
        return;
      }
      const fingerprint = callerFromLogEvent(event, nonce);
      if (fingerprint) finish(fingerprint);
    };
    socket.onerror = socket.onclose = abort;
  });
}
