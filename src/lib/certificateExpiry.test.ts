import { describe, expect, it } from 'vitest';
import { RECHECK_MS, certificateExpiryNotice, expiryPhrase, knownCertificate, rememberCertificate } from './certificateExpiry';

const now = new Date('2026-12-03T10:00:00Z');
const at = (iso: string) => new Date(iso);

describe('certificateExpiryNotice', () => {
  it('says nothing for a certificate valid for more than 30 days', () => {
    expect(certificateExpiryNotice(at('2027-01-02T10:00:01Z'), now)).toBeUndefined();
    expect(certificateExpiryNotice(at('2036-01-01T00:00:00Z'), now)).toBeUndefined();
  });

  it('shows one that expires within 30 days, the 30th day included', () => {
    expect(certificateExpiryNotice(at('2027-01-02T10:00:00Z'), now)).toMatchObject({ daysLeft: 30, expired: false });
    expect(certificateExpiryNotice(at('2026-12-15T09:00:00Z'), now)).toMatchObject({ daysLeft: 11, expired: false });
    expect(certificateExpiryNotice(at('2026-12-03T11:00:00Z'), now)).toMatchObject({ daysLeft: 0, expired: false });
  });

  it('shows an expired one as expired', () => {
    expect(certificateExpiryNotice(at('2026-12-03T10:00:00Z'), now)).toMatchObject({ expired: true });
    expect(certificateExpiryNotice(at('2026-11-30T09:00:00Z'), now)).toMatchObject({ daysLeft: -4, expired: true });
  });

  it('takes another window', () => {
    expect(certificateExpiryNotice(at('2026-12-20T10:00:00Z'), now, 7)).toBeUndefined();
    expect(certificateExpiryNotice(at('2026-12-08T10:00:00Z'), now, 7)).toMatchObject({ daysLeft: 5 });
  });

  it('ignores an unreadable date', () => {
    expect(certificateExpiryNotice(new Date(Number.NaN), now)).toBeUndefined();
  });
});

describe('expiryPhrase', () => {
  const phrase = (iso: string) => {
    const notice = certificateExpiryNotice(at(iso), now);
    if (!notice) throw new Error('no notice');
    return expiryPhrase(notice);
  };
  it('reads naturally', () => {
    expect(phrase('2026-12-15T10:00:00Z')).toBe('expires in 12 days');
    expect(phrase('2026-12-04T11:00:00Z')).toBe('expires in 1 day');
    expect(phrase('2026-12-03T18:00:00Z')).toBe('expires within a day');
    expect(phrase('2026-12-03T08:00:00Z')).toBe('expired today');
    expect(phrase('2026-11-30T09:00:00Z')).toBe('expired 3 days ago');
  });
});

describe('the certificate found earlier', () => {
  const store = () => {
    const items = new Map<string, string>();
    return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
  };
  const known = { name: 'kiosk', fingerprint: 'ab', notAfter: '2027-01-01T00:00:00.000Z', checkedAt: 1_000 };

  it('is used for 12 hours, per server, then asked again', () => {
    const storage = store();
    expect(knownCertificate(storage, 'local', 1_000)).toBeUndefined();
    rememberCertificate(storage, 'local', known);
    expect(knownCertificate(storage, 'local', 1_000 + RECHECK_MS - 1)).toEqual(known);
    expect(knownCertificate(storage, 'local', 1_000 + RECHECK_MS)).toBeUndefined();
    expect(knownCertificate(storage, 'other', 1_000)).toBeUndefined();
  });

  it('is asked again when what was kept is unreadable, or storage is missing', () => {
    const storage = store();
    storage.setItem('lxdeck.ownCertificate.local', '{not json');
    expect(knownCertificate(storage, 'local', 1_000)).toBeUndefined();
    expect(knownCertificate(undefined, 'local', 1_000)).toBeUndefined();
    expect(() => rememberCertificate(undefined, 'local', known)).not.toThrow();
  });
});
