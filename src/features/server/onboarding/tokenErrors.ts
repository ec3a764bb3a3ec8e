import { isLxdError } from '@/lxd';

/**
 * What to do about LXD's refusal of a token, in words. LXD's own message is always shown too;
 * these are the refusals LXD 5.0.2 gives (seen): a token that is not one, one already used or
 * revoked, and a browser that presented no certificate (which uses the token up).
 */
export function explainTokenError(error: unknown): string | undefined {
  if (!isLxdError(error)) return undefined;
  if (/no client certificate/i.test(error.message)) {
    return 'This browser presented no certificate, so there was nothing to trust, and LXD has used the token up. Create a certificate above, import it, open this page again and redeem a new token.';
  }
  if (/no matching certificate add operation/i.test(error.message)) {
    return 'This token was already used, has expired or was revoked. Make a new one on the server.';
  }
  if (error.status === 403) {
    return 'LXD did not accept this token. Check that it was copied whole and comes from this server.';
  }
  return undefined;
}
