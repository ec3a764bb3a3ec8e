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
