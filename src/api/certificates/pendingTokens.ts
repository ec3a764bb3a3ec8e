import type { LxdOperation } from '@/lxd';
import type { LxdTrustToken } from './types';
import { compareTimes } from '@/lib/format';

/** A trust token not redeemed yet, as listed: never its secret. */
export interface PendingToken {
  /** The operation's id: DELETE /1.0/operations/<id> revokes it. */
  id: string;
  /** The name the certificate gets when the token is redeemed. */
  name: string;
  created_at: string;
  /** Absent or LXD's zero time when it does not expire. */
  expires_at?: string;
  restricted: boolean;
  projects: string[];
}

/** What LXD 5.0 keeps in a token operation's metadata. */
interface TokenMetadata {
  request?: { name?: string; restricted?: boolean; projects?: string[] | null };
  fingerprint?: string;
  addresses?: string[];
  secret?: string;
  expires_at?: string;
}

/** The pending tokens among operations (`GET /1.0/operations?recursion=1`, flattened). */
export function pendingTokens(operations: readonly LxdOperation[]): PendingToken[] {
  return operations
    .filter((operation) => operation.class === 'token' && (operation.status === 'Running' || operation.status === 'Pending'))
    .map((operation) => {
      const metadata = (operation.metadata ?? {}) as TokenMetadata;
      return {
        id: operation.id,
        name: metadata.request?.name ?? '',
        created_at: operation.created_at,
        ...(metadata.expires_at ? { expires_at: metadata.expires_at } : {}),
        restricted: !!metadata.request?.restricted,
        projects: metadata.request?.projects ?? [],
      };
    })
    .sort((a, b) => compareTimes(a.created_at, b.created_at));
}

/**
 * The token to hand over, from the operation `POST /1.0/certificates {token: true}` answers: the
 * base64 JSON `lxc config trust add` prints (LXD 5.0 leaves `expires_at` out; lxc writes year 1).
 */
export function tokenFromOperation(operation: LxdOperation, name: string): string {
  const metadata = (operation.metadata ?? {}) as TokenMetadata;
  if (!metadata.secret || !metadata.fingerprint) throw new Error('LXD answered without a token.');
  const token: LxdTrustToken = {
    client_name: name,
    fingerprint: metadata.fingerprint,
    addresses: metadata.addresses ?? [],
    secret: metadata.secret,
    expires_at: metadata.expires_at ?? '0001-01-01T00:00:00Z',
  };
  const bytes = new TextEncoder().encode(JSON.stringify(token));
  return btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
}
