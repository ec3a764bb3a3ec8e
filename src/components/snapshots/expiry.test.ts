import { describe, expect, it } from 'vitest';
import { isNeverExpiry, parseExpiryInput, toLocalInputValue } from './expiry';

describe('isNeverExpiry', () => {
  it("reads LXD's year-1 date and empty values as never", () => {
    expect(isNeverExpiry('0001-01-01T00:00:00Z')).toBe(true);
    expect(isNeverExpiry('')).toBe(true);
    expect(isNeverExpiry(undefined)).toBe(true);
    expect(isNeverExpiry('garbage')).toBe(true);
    expect(isNeverExpiry('2030-01-01T00:00:00Z')).toBe(false);
  });
});

describe('parseExpiryInput', () => {
  const now = new Date(2026, 10, 22, 12, 0);

  it('leaves an empty field to LXD', () => {
    expect(parseExpiryInput('', now)).toEqual({ ok: true, iso: undefined });
    expect(parseExpiryInput('  ', now)).toEqual({ ok: true, iso: undefined });
  });

  it('turns local wall-clock time into an instant', () => {
    const result = parseExpiryInput('2026-11-23T08:30', now);
    expect(result).toEqual({ ok: true, iso: new Date(2026, 10, 23, 8, 30).toISOString() });
    expect(parseExpiryInput('2026-11-23T08:30:15', now)).toEqual({
      ok: true,
      iso: new Date(2026, 10, 23, 8, 30, 15).toISOString(),
    });
  });

  it('refuses the past, the present and malformed dates', () => {
    expect(parseExpiryInput('2026-11-22T12:00', now)).toEqual({ ok: false, error: 'The expiry must be in the future.' });
    expect(parseExpiryInput('2020-01-01T00:00', now)).toEqual({ ok: false, error: 'The expiry must be in the future.' });
    expect(parseExpiryInput('tomorrow', now)).toEqual({ ok: false, error: 'Enter a date and time.' });
    expect(parseExpiryInput('2027-02-30T10:00', now)).toEqual({ ok: false, error: 'Enter a valid date.' });
  });

  it('round-trips with toLocalInputValue', () => {
    const later = new Date(2027, 0, 5, 7, 9);
    expect(parseExpiryInput(toLocalInputValue(later), now)).toEqual({ ok: true, iso: later.toISOString() });
    expect(toLocalInputValue(later)).toBe('2027-01-05T07:09');
  });
});
