import { LxdError } from './errors';

/**
 * Says why a request must not be sent (e.g. `read-only mode`), or nothing when it may go.
 * Only methods that change something are asked about: GET and HEAD always go.
 */
export type WriteGuard = (method: string, url: string) => string | undefined;

let current: WriteGuard | undefined;

/** Installs (or, with undefined, removes) the guard every write to LXD passes through. */
export function setWriteGuard(guard: WriteGuard | undefined): void {
  current = guard;
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Throws an LxdError (kind `refused`, never sent to LXD) when the guard refuses a write. The last
 * line of defence behind disabled buttons: a control that was missed still cannot change anything.
 */
export function assertWriteAllowed(method: string, url: string): void {
  const verb = method.toUpperCase();
  if (READS.has(verb) || !current) return;
  const reason = current(verb, url);
  if (!reason) return;
  throw new LxdError({
    message: `Not sent: ${verb} ${url.replace(/\?.*$/, '')} is a change, and this page is in ${reason}.`,
    status: 0,
    url,
    kind: 'refused',
  });
}
