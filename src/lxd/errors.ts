/**
 * Every failure of a call to LXD becomes one LxdError, so views can show LXD's own message and
 * decide what to do from `kind` without parsing strings.
 */
export type LxdErrorKind =
  /** LXD answered with its error envelope or a non-2xx status. */
  | 'http'
  /** No answer: the server is unreachable, the TLS handshake failed, or the connection dropped. */
  | 'network'
  /** The request or the operation wait ran out of time. */
  | 'timeout'
  /** The caller cancelled. */
  | 'aborted'
  /** An async operation ended in Failure or was cancelled. */
  | 'operation'
  /** Never sent: the page refused the write itself (read-only mode, see writeGuard.ts). */
  | 'refused';

export class LxdError extends Error {
  override readonly name = 'LxdError';
  readonly status: number;
  readonly code: number;
  readonly url: string;
  readonly kind: LxdErrorKind;

  constructor(init: { message: string; status: number; code?: number; url: string; kind: LxdErrorKind }) {
    super(init.message);
    this.status = init.status;
    this.code = init.code ?? init.status;
    this.url = init.url;
    this.kind = init.kind;
  }

  /** Current LXD refuses requests a browser marks as cross-site; only same-origin serving works. */
  get isCrossSiteRefusal(): boolean {
    return this.status === 403 && /Sec-Fetch-Site/i.test(this.message);
  }

  /** The server did not answer at all; data on screen is stale rather than wrong. */
  get isUnreachable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout';
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  /** If-Match did not match: someone else changed the object since it was read. */
  get isConflict(): boolean {
    return this.status === 412;
  }
}

export function isLxdError(value: unknown): value is LxdError {
  return value instanceof LxdError;
}
