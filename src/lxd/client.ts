import { LxdError, type LxdErrorKind } from './errors';
import { assertWriteAllowed } from './writeGuard';
import type { LxdOperation, LxdResponseEnvelope } from './types';

export type QueryValue = string | number | boolean | undefined | null;

export interface LxdRequestOptions {
  /** LXD project; sent as `?project=`. Omitted means the server's default project. */
  project?: string;
  query?: Record<string, QueryValue>;
  /** JSON body; serialised here. */
  body?: unknown;
  /** ETag from a previous read, sent as If-Match so LXD refuses the write if the object changed. */
  etag?: string;
  signal?: AbortSignal;
  /** Overrides the client's default request timeout. */
  timeoutMs?: number;
}

export interface LxdSyncResult<T> {
  data: T;
  etag?: string;
}

export type LxdResponse<T> =
  | { type: 'sync'; data: T; etag?: string }
  | { type: 'async'; operation: LxdOperation };

export interface WaitOptions {
  /** Total time to wait before giving up with a timeout error. */
  timeoutMs?: number;
  signal?: AbortSignal;
  project?: string;
}

export interface LxdClientOptions {
  /** Stable identifier of the server (the remote's name); query keys start with it. */
  id: string;
  /** Origin of the server, '' for the page's own origin. */
  baseUrl: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
  /**
   * GETs already answered before the app asked (the page's early requests): the body and ETag
   * for a URL, taken once, or undefined. See `answered`.
   */
  answered?: (url: string) => { text: string; etag: string | null; sentAt: number } | undefined;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const WAIT_SLICE_SECONDS = 25;

/** A client for one LXD server. No React here: views reach it through the api/ layer. */
export class LxdClient {
  readonly id: string;
  readonly baseUrl: string;
  readonly timeoutMs: number;
  private readonly fetchImpl: typeof fetch;
  private readonly answeredImpl: LxdClientOptions['answered'];

  constructor(options: LxdClientOptions) {
    this.id = options.id;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    // Bound late so tests and the browser can swap the global.
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.answeredImpl = options.answered;
  }

  /**
   * The result of a GET that was answered before anyone asked (the page's early requests), now,
   * so a first render can draw it; `sentAt` is when its request was sent. Undefined when there is
   * none (not asked early, not in yet, refused): then `get` as usual. Each answer is given once.
   */
  answered<T>(path: string, options: Pick<LxdRequestOptions, 'project' | 'query'> = {}): (LxdSyncResult<T> & { sentAt: number }) | undefined {
    const answer = this.answeredImpl?.(this.url(path, options));
    const envelope = answer && parseEnvelope<T>(answer.text);
    if (!answer || !envelope || envelope.type !== 'sync') return undefined;
    return { data: envelope.metadata, etag: answer.etag ?? undefined, sentAt: answer.sentAt };
  }

  url(path: string, options: Pick<LxdRequestOptions, 'project' | 'query'> = {}): string {
    const [pathname, existing = ''] = path.split('?', 2);
    const params = new URLSearchParams(existing);
    if (options.project !== undefined && !params.has('project')) params.set('project', options.project);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined && value !== null) params.set(key, String(value));
    }
    const search = params.toString();
    return `${this.baseUrl}${pathname}${search ? `?${search}` : ''}`;
  }

  /** The wss:// (or ws://) URL for a websocket endpoint on this server. */
  websocketUrl(path: string, options: Pick<LxdRequestOptions, 'project' | 'query'> = {}): string {
    const relative = this.url(path, options);
    const absolute = new URL(relative, globalThis.location?.href ?? 'https://localhost/');
    absolute.protocol = absolute.protocol === 'http:' ? 'ws:' : 'wss:';
    return absolute.toString();
  }

  async request<T>(method: string, path: string, options: LxdRequestOptions = {}): Promise<LxdResponse<T>> {
    const url = this.url(path, options);
    assertWriteAllowed(method, url);
    const headers: Record<string, string> = {};
    let body: string | undefined;
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    if (options.etag) headers['If-Match'] = options.etag;

    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;

    let response: Response;
    try {
      response = await this.fetchImpl(url, { method, headers, body, signal, credentials: 'include' });
    } catch (cause) {
      throw toTransportError(cause, url, timeoutMs, options.signal);
    }

    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      throw toTransportError(cause, url, timeoutMs, options.signal);
    }
    const envelope = parseEnvelope<T>(text);

    if (!response.ok || !envelope || envelope.type === 'error') {
      throw new LxdError({
        message: errorMessage(envelope, text, response),
        status: response.status,
        code: envelope?.error_code || response.status,
        url,
        kind: answerKind(envelope, response),
      });
    }
    if (envelope.type === 'async') return { type: 'async', operation: envelope.metadata };
    const etag = response.headers.get('ETag') ?? undefined;
    return { type: 'sync', data: envelope.metadata, etag };
  }

  async get<T>(path: string, options: Omit<LxdRequestOptions, 'body' | 'etag'> = {}): Promise<LxdSyncResult<T>> {
    const result = await this.request<T>('GET', path, options);
    if (result.type !== 'sync') {
      throw new LxdError({ message: `Unexpected async answer to GET ${path}`, status: 200, url: path, kind: 'http' });
    }
    return { data: result.data, etag: result.etag };
  }

  /**
   * Sends a write and, when LXD answers with an operation, waits for it to finish, so that
   * a mutation's pending state covers the whole job.
   */
  async run<T = unknown>(
    method: string,
    path: string,
    options: LxdRequestOptions & { wait?: WaitOptions } = {},
  ): Promise<{ data?: T; operation?: LxdOperation }> {
    const result = await this.request<T>(method, path, options);
    if (result.type === 'sync') return { data: result.data };
    const operation = await this.waitOperation(result.operation.id, { project: options.project, ...options.wait });
    return { operation };
  }

  /**
   * Waits until the operation leaves Pending/Running. LXD's wait endpoint is asked in slices
   * so a long job never hits a proxy's idle timeout and `signal` is honoured promptly.
   */
  async waitOperation(id: string, options: WaitOptions = {}): Promise<LxdOperation> {
    const deadline = Date.now() + (options.timeoutMs ?? 10 * 60_000);
    for (;;) {
      const remainingMs = deadline - Date.now();
      if (remainingMs <= 0) {
        throw new LxdError({
          message: `Timed out waiting for operation ${id}`,
          status: 0,
          url: this.url(`/1.0/operations/${id}`),
          kind: 'timeout',
        });
      }
      const slice = Math.max(1, Math.min(WAIT_SLICE_SECONDS, Math.ceil(remainingMs / 1000)));
      let operation: LxdOperation;
      try {
        const result = await this.get<LxdOperation>(`/1.0/operations/${encodeURIComponent(id)}/wait`, {
          project: options.project,
          query: { timeout: slice },
          signal: options.signal,
          timeoutMs: (slice + 10) * 1000,
        });
        operation = result.data;
      } catch (error) {
        // Some LXD versions answer a wait that ran out of its own timeout with 504; ask again.
        if (error instanceof LxdError && error.status === 504) continue;
        throw error;
      }
      if (operation.status === 'Success') return operation;
      if (operation.status === 'Failure' || operation.status === 'Cancelled') {
        throw new LxdError({
          message: operation.err || `Operation ${operation.status.toLowerCase()}: ${operation.description}`,
          status: operation.status_code,
          url: this.url(`/1.0/operations/${id}`),
          kind: 'operation',
        });
      }
    }
  }

  /** Asks LXD to cancel a running operation; only operations with `may_cancel` can be. */
  async cancelOperation(id: string, project?: string): Promise<void> {
    await this.request('DELETE', `/1.0/operations/${encodeURIComponent(id)}`, { project });
  }

  /**
   * GETs an endpoint that answers with raw bytes instead of the JSON envelope (instance log
   * files, for one) and returns them as text. Errors still come as the envelope.
   */
  async getText(path: string, options: Omit<LxdRequestOptions, 'body' | 'etag'> = {}): Promise<string> {
    const url = this.url(path, options);
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    let response: Response;
    let text: string;
    try {
      response = await this.fetchImpl(url, { method: 'GET', signal, credentials: 'include' });
      text = await response.text();
    } catch (cause) {
      throw toTransportError(cause, url, timeoutMs, options.signal);
    }
    if (!response.ok) {
      const envelope = parseEnvelope(text);
      throw new LxdError({
        message: errorMessage(envelope, text, response),
        status: response.status,
        code: envelope && envelope.type === 'error' ? envelope.error_code : response.status,
        url,
        kind: answerKind(envelope, response),
      });
    }
    return text;
  }

  /**
   * Sends any method and returns the status, headers and body bytes, for the file API whose
   * answers are raw bytes with metadata in X-LXD-* headers. Errors still come as the envelope.
   */
  async requestRaw(method: string, path: string, options: LxdRawRequestOptions = {}): Promise<LxdRawResponse> {
    const url = this.url(path, options);
    assertWriteAllowed(method, url);
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    let response: Response;
    let bytes: Uint8Array;
    try {
      response = await this.fetchImpl(url, {
        method,
        headers: options.headers,
        body: options.body,
        signal,
        credentials: 'include',
      });
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (cause) {
      throw toTransportError(cause, url, timeoutMs, options.signal);
    }
    if (!response.ok && !options.okStatuses?.includes(response.status)) {
      const text = new TextDecoder().decode(bytes);
      const envelope = parseEnvelope(text);
      throw new LxdError({
        message: errorMessage(envelope, text, response),
        status: response.status,
        code: envelope && envelope.type === 'error' ? envelope.error_code : response.status,
        url,
        kind: answerKind(envelope, response),
      });
    }
    return { status: response.status, headers: response.headers, bytes };
  }
}

/** A request to an endpoint that speaks raw bytes (instance files), with its own headers and body. */
export interface LxdRawRequestOptions extends Omit<LxdRequestOptions, 'body' | 'etag'> {
  headers?: Record<string, string>;
  body?: BodyInit;
  /** Non-2xx statuses that are answers, not errors (e.g. 416 to a Range on an empty file). */
  okStatuses?: readonly number[];
}

export interface LxdRawResponse {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
}

function parseEnvelope<T>(text: string): LxdResponseEnvelope<T> | undefined {
  if (!text) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && 'type' in parsed) return parsed as LxdResponseEnvelope<T>;
  } catch {
    // Not JSON: e.g. "404 page not found" from the router for unknown paths.
  }
  return undefined;
}

/**
 * A failed answer is LXD's (`http`) unless it is a gateway's: a 502, 503 or 504 that is not LXD's
 * JSON comes from something between the page and LXD (a reverse proxy, a TLS terminator) that
 * could not reach it, so the server is unreachable, as when the connection itself fails.
 */
function answerKind(envelope: LxdResponseEnvelope | undefined, response: Response): LxdErrorKind {
  return !envelope && (response.status === 502 || response.status === 503 || response.status === 504) ? 'network' : 'http';
}

function errorMessage(envelope: LxdResponseEnvelope | undefined, text: string, response: Response): string {
  if (envelope && 'error' in envelope && envelope.error) return envelope.error;
  const trimmed = text.trim();
  if (trimmed && trimmed.length < 500) return trimmed;
  return `${response.status} ${response.statusText || 'Request failed'}`.trim();
}

function toTransportError(cause: unknown, url: string, timeoutMs: number, callerSignal?: AbortSignal): LxdError {
  if (callerSignal?.aborted) {
    return new LxdError({ message: 'Request cancelled', status: 0, url, kind: 'aborted' });
  }
  if (cause instanceof DOMException && (cause.name === 'TimeoutError' || cause.name === 'AbortError')) {
    return new LxdError({
      message: `The server did not answer within ${Math.round(timeoutMs / 1000)} s`,
      status: 0,
      url,
      kind: 'timeout',
    });
  }
  return new LxdError({
    message: 'Cannot reach the server (network error or server down)',
    status: 0,
    url,
    kind: 'network',
  });
}
