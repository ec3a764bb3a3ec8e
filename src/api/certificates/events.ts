import type { CacheUpdate, LxdOperation, ResourceEvents } from '@/lxd';
import { certificateKeys } from './keys';

/** Trusted certificates, named by fingerprint; server-wide. */
export const certificateEvents: ResourceEvents = {
  collection: 'certificates',
  scope: 'server',
  prefix: 'certificate',
  all: (server) => certificateKeys.all(server),
  list: (server) => certificateKeys.list(server),
  detail: (server, _project, fingerprint) => certificateKeys.detail(server, fingerprint),
  path: (fingerprint) => `/1.0/certificates/${encodeURIComponent(fingerprint)}`,
  idField: 'fingerprint',
};

/**
 * A trust token is an operation of class `token`: made, redeemed (Success) or revoked (Cancelled).
 * Its events carry the secret, so nothing is taken from them: the pending tokens are read again
 * (one small request, and only while they are on screen).
 */
export function certificateTokenUpdates(server: string, operation: LxdOperation): CacheUpdate[] {
  return operation.class === 'token' ? [{ kind: 'invalidate', queryKey: certificateKeys.tokens(server) }] : [];
}
