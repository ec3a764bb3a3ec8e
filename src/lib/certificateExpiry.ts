/** How long before a client certificate expires the dashboard starts saying so. */
export const EXPIRY_WARNING_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ExpiryNotice {
  /** Whole days left, rounded down; negative once expired. */
  daysLeft: number;
  expired: boolean;
  notAfter: Date;
}

/**
 * A notice when `notAfter` falls within `days` of `now` (or has passed), otherwise undefined.
 * The limit is inclusive: a certificate expiring exactly 30 days from now is shown.
 */
export function certificateExpiryNotice(notAfter: Date, now: Date, days = EXPIRY_WARNING_DAYS): ExpiryNotice | undefined {
  const left = notAfter.getTime() - now.getTime();
  if (!Number.isFinite(left) || left > days * DAY_MS) return undefined;
  return { daysLeft: Math.floor(left / DAY_MS), expired: left <= 0, notAfter };
}

/** "expires in 12 days", "expires today", "expired 3 days ago". */
export function expiryPhrase(notice: ExpiryNotice): string {
  if (notice.expired) {
    const ago = Math.floor(-notice.daysLeft) - 1;
    return ago <= 0 ? 'expired today' : `expired ${ago} ${ago === 1 ? 'day' : 'days'} ago`;
  }
  if (notice.daysLeft === 0) return 'expires within a day';
  return `expires in ${notice.daysLeft} ${notice.daysLeft === 1 ? 'day' : 'days'}`;
}

/** What was found about this browser's certificate, kept so a page load asks LXD nothing. */
export interface KnownCertificate {
  name: string;
  fingerprint: string;
  /** ISO date. */
  notAfter: string;
  /** `Date.now()` when LXD was asked. */
  checkedAt: number;
}

/** LXD is asked again after this long (a certificate replaced meanwhile shows within it). */
export const RECHECK_MS = 12 * 60 * 60 * 1000;

const knownKey = (server: string) => `lxdeck.ownCertificate.${server}`;

/** The certificate found for `server` less than `RECHECK_MS` ago, if any. */
export function knownCertificate(storage: Pick<Storage, 'getItem'> | undefined, server: string, now: number): KnownCertificate | undefined {
  try {
    const known = JSON.parse(storage?.getItem(knownKey(server)) ?? 'null') as KnownCertificate | null;
    if (!known || typeof known.notAfter !== 'string' || typeof known.checkedAt !== 'number') return undefined;
    return now - known.checkedAt >= 0 && now - known.checkedAt < RECHECK_MS ? known : undefined;
  } catch {
    return undefined;
  }
}

export function rememberCertificate(storage: Pick<Storage, 'setItem'> | undefined, server: string, known: KnownCertificate): void {
  try {
    storage?.setItem(knownKey(server), JSON.stringify(known));
  } catch {
    // Storage full or refused: asked again next time.
  }
}
