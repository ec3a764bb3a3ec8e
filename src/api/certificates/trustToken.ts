import { detectFeatures, type LxdServer } from '@/lxd';
import type { LxdTrustToken } from './types';

export type TrustTokenRequest =
  | { type: 'client'; trust_token: string }
  | { type: 'client'; password: string };

/**
 * The body of `POST /1.0/certificates` that redeems a token: newer LXD takes it as `trust_token`
 * (extension explicit_trust_token); LXD 5.0 (certificate_token) reads it from `password`, as
 * `lxc remote add` does on either.
 */
export function trustTokenRequest(server: Pick<LxdServer, 'api_extensions'>, token: string): TrustTokenRequest {
  return detectFeatures(server).explicitTrustToken
    ? { type: 'client', trust_token: token }
    : { type: 'client', password: token };
}

/**
 * What to send from what the user pasted: `lxc config trust add` prints a line of text before
 * the token, and terminals may wrap it, so text up to "token:" and all whitespace are dropped.
 */
export function normalizeTrustToken(pasted: string): string {
  const marker = pasted.toLowerCase().lastIndexOf('token:');
  const token = marker >= 0 ? pasted.slice(marker + 'token:'.length) : pasted;
  return token.replace(/\s+/g, '');
}

/** The token's contents, or null when it is not a certificate add token LXD 5.0 would make. */
export function decodeTrustToken(token: string): LxdTrustToken | null {
  try {
    const json: unknown = JSON.parse(atob(token.replace(/-/g, '+').replace(/_/g, '/')));
    if (!json || typeof json !== 'object') return null;
    const candidate = json as Partial<LxdTrustToken>;
    if (typeof candidate.client_name !== 'string' || typeof candidate.secret !== 'string') return null;
    if (typeof candidate.fingerprint !== 'string' || !Array.isArray(candidate.addresses)) return null;
    return candidate as LxdTrustToken;
  } catch {
    return null;
  }
}

/** When the token stops working, or null if it does not expire (LXD writes year 1 for that). */
export function trustTokenExpiry(token: LxdTrustToken): Date | null {
  if (!token.expires_at) return null;
  const date = new Date(token.expires_at);
  return Number.isNaN(date.getTime()) || date.getUTCFullYear() <= 1 ? null : date;
}
