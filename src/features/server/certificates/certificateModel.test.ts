import { describe, expect, it } from 'vitest';
import serverTrusted from '@/lxd/__fixtures__/server-trusted.json';
import type { LxdCertificate, LxdServerWithCaller } from '@/api/certificates/types';
import certificateRestricted from '@/api/certificates/__fixtures__/certificate-restricted.json';
import serverRestricted from '@/api/certificates/__fixtures__/server-restricted.json';
import { accessText, certificateRows, expiryState, readPem, thisBrowserFingerprint, trustFormProblems } from './certificateModel';

const admin = serverTrusted.body.metadata as unknown as LxdServerWithCaller;
const restricted = serverRestricted.body.metadata as unknown as LxdServerWithCaller;
const own = certificateRestricted.body.metadata as LxdCertificate;
const other: LxdCertificate = { ...own, name: 'other', fingerprint: 'f'.repeat(64), restricted: false, projects: [] };

describe('thisBrowserFingerprint', () => {
  it('takes the caller LXD names, else the one its log named', () => {
    expect(thisBrowserFingerprint({ ...admin, auth_user_method: 'tls', auth_user_name: own.fingerprint }, [own, other], null)).toBe(own.fingerprint);
    expect(thisBrowserFingerprint(admin, [own, other], other.fingerprint)).toBe(other.fingerprint);
    expect(thisBrowserFingerprint(admin, [own, other], null)).toBeUndefined();
  });

  it('on LXD 5.0 a restricted client is listed only its own certificate', () => {
    expect(thisBrowserFingerprint(restricted, [own], undefined)).toBe(own.fingerprint);
    // An admin seeing one certificate learns nothing from that.
    expect(thisBrowserFingerprint(admin, [own], undefined)).toBeUndefined();
  });
});

describe('certificateRows', () => {
  it("reads the expiry from the PEM and marks this browser's row", () => {
    const [row] = certificateRows([own], own.fingerprint);
    expect(row?.thisBrowser).toBe(true);
    expect(row?.expiresAt).toBeInstanceOf(Date);
    expect(certificateRows([{ ...own, certificate: 'garbage' }], undefined)[0]).toMatchObject({ thisBrowser: false, expiresAt: undefined });
  });
});

describe('texts and checks', () => {
  it('says what a certificate may reach', () => {
    expect(accessText({ type: 'client', restricted: false, projects: [] })).toBe('all projects');
    expect(accessText({ type: 'client', restricted: true, projects: ['p2', 'p1'] })).toBe('p1, p2');
    expect(accessText({ type: 'metrics', restricted: false, projects: null })).toBe('metrics of all projects');
  });

  it('tells expired and soon expiring certificates apart', () => {
    const now = Date.parse('2026-12-01T00:00:00Z');
    expect(expiryState(new Date('2026-11-30T00:00:00Z'), now)).toBe('expired');
    expect(expiryState(new Date('2026-12-10T00:00:00Z'), now)).toBe('soon');
    expect(expiryState(new Date('2030-01-01T00:00:00Z'), now)).toBe('valid');
    expect(expiryState(undefined, now)).toBe('unknown');
  });

  it('asks for a name and, when restricted, a project', () => {
    expect(trustFormProblems({ name: ' ', restricted: true, projects: [] })).toEqual({
      name: 'A name is needed.',
      projects: 'Choose at least one project, or leave it unrestricted.',
    });
    expect(trustFormProblems({ name: 'ci', restricted: true, projects: ['p1'] })).toEqual({});
  });

  it('accepts a PEM certificate and refuses keys and noise', () => {
    expect(readPem(own.certificate)).toMatchObject({ ok: true });
    expect(readPem('-----BEGIN PRIVATE KEY-----\nAAA\n-----END PRIVATE KEY-----')).toMatchObject({ ok: false, problem: expect.stringMatching(/private key/) });
    expect(readPem('hello')).toMatchObject({ ok: false });
    expect(readPem('')).toMatchObject({ ok: false });
  });
});
