// Expiry dates in forms: <input type="datetime-local"> gives local wall-clock time without a zone;
// LXD wants an RFC 3339 instant and reports "never" as year 1.

/** True for LXD's "no expiry" (0001-01-01T00:00:00Z), an empty value or anything unparsable. */
export function isNeverExpiry(iso: string | undefined | null): boolean {
  if (!iso) return true;
  const time = Date.parse(iso);
  return Number.isNaN(time) || new Date(time).getUTCFullYear() <= 1;
}

/** A Date as the value of a datetime-local input (local time, minutes precision). */
export function toLocalInputValue(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export type ExpiryInput = { ok: true; iso: string | undefined } | { ok: false; error: string };

/** Reads a datetime-local value: empty means no explicit expiry; otherwise it must lie in the future. */
export function parseExpiryInput(value: string, now: Date = new Date()): ExpiryInput {
  if (value.trim() === '') return { ok: true, iso: undefined };
  // datetime-local values carry no zone, which Date reads as local time.
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return { ok: false, error: 'Enter a date and time.' };
  const [year, month, day, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0));
  const date = new Date(year ?? 0, (month ?? 1) - 1, day, hours, minutes, seconds);
  if (Number.isNaN(date.getTime()) || date.getDate() !== day) return { ok: false, error: 'Enter a valid date.' };
  if (date.getTime() <= now.getTime()) return { ok: false, error: 'The expiry must be in the future.' };
  return { ok: true, iso: date.toISOString() };
}
