import type { LxdProject } from '@/lxd';
import type { LxdCertificate, LxdServerWithCaller } from './types';

export type ClientAccess =
  | { restricted: false }
  /** `projects` is undefined while it is not known (yet). */
  | { restricted: true; projects: string[] | undefined };

/**
 * Whether this browser's certificate may see less than the whole server. LXD hides the server
 * configuration (`config` in `GET /1.0`) from every client that is not an admin; on LXD 5.0,
 * which does not name the caller, that is the only sign of a restricted certificate there.
 */
export function isLimitedClient(server: LxdServerWithCaller): boolean {
  return server.auth === 'trusted' && server.config == null;
}

/** The fingerprint to look up in `/1.0/certificates`, where LXD tells the caller who it is. */
export function callerFingerprint(server: LxdServerWithCaller): string | undefined {
  return server.auth_user_method === 'tls' && server.auth_user_name ? server.auth_user_name : undefined;
}

/**
 * Access of a trusted browser from what is known: its own certificate record where LXD says which
 * it is, otherwise the projects LXD lists for it (a restricted certificate sees only its own).
 */
export function describeAccess(
  server: LxdServerWithCaller,
  known: { certificate?: LxdCertificate; projects?: LxdProject[] },
): ClientAccess {
  if (!isLimitedClient(server)) return { restricted: false };
  if (known.certificate) {
    return known.certificate.restricted
      ? { restricted: true, projects: [...(known.certificate.projects ?? [])].sort() }
      : { restricted: false };
  }
  return { restricted: true, projects: known.projects?.map((project) => project.name).sort() };
}
