import { describe, expect, it } from 'vitest';
import serverUntrusted from '@/lxd/__fixtures__/server-untrusted.json';
import { decodeTrustToken, normalizeTrustToken, trustTokenExpiry, trustTokenRequest } from './trustToken';

// Printed by `lxc config trust add --name tok3` on LXD 5.0.2.
const TOKEN =
  'eyJjbGllbnRfbmFtZSI6InRvazMiLCJmaW5nZXJwcmludCI6ImNkZTZiNjlkMTMzZTQ5MmY0MGRmYzhkODY0MDljMDEwY2ZhMmJmMmVkZmM2YWE2M2U4YjhmNDkxNzAzNmUzYjMiLCJhZGRyZXNzZXMiOlsiMTI3LjAuMC4xOjE4NjQzIl0sInNlY3JldCI6ImU1YTZkYmVkODg4ZjRiMTFmN2MzZTg3MzlkNjkyOTMxZDI3YmJmZjQ1MjdjMWQ4YTViMDlkYjFmOTMyMDQwZWUiLCJleHBpcmVzX2F0IjoiMDAwMS0wMS0wMVQwMDowMDowMFoifQ==';

describe('trustTokenRequest', () => {
  it('sends the token as `password` to LXD 5.0 (certificate_token)', () => {
    const extensions = serverUntrusted.body.metadata.api_extensions;
    expect(extensions).toContain('certificate_token');
    expect(extensions).not.toContain('explicit_trust_token');
    expect(trustTokenRequest({ api_extensions: extensions }, TOKEN)).toEqual({ type: 'client', password: TOKEN });
  });

  it('sends it as `trust_token` where LXD has explicit_trust_token', () => {
    const server = { api_extensions: ['certificate_token', 'explicit_trust_token'] };
    expect(trustTokenRequest(server, TOKEN)).toEqual({ type: 'client', trust_token: TOKEN });
  });

  it('falls back to `password` when the server lists neither (older LXD and its trust password)', () => {
    expect(trustTokenRequest({ api_extensions: [] }, 'secret')).toEqual({ type: 'client', password: 'secret' });
  });
});

describe('normalizeTrustToken', () => {
  it('keeps a clean token as it is', () => {
    expect(normalizeTrustToken(TOKEN)).toBe(TOKEN);
  });

  it('drops the line lxc prints before it, surrounding blanks and wrapping', () => {
    const printed = `Client tok3 certificate add token:\n${TOKEN.slice(0, 80)}\n${TOKEN.slice(80)}\n  `;
    expect(normalizeTrustToken(printed)).toBe(TOKEN);
    expect(normalizeTrustToken(`  ${TOKEN}\r\n`)).toBe(TOKEN);
  });
});

describe('decodeTrustToken', () => {
  it('reads what LXD 5.0 puts in the token', () => {
    const token = decodeTrustToken(TOKEN);
    expect(token).toMatchObject({ client_name: 'tok3', addresses: ['127.0.0.1:18643'] });
    expect(token?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(token && trustTokenExpiry(token)).toBeNull();
  });

  it('returns null for anything else', () => {
    expect(decodeTrustToken('not a token')).toBeNull();
    expect(decodeTrustToken(btoa('{"hello":1}'))).toBeNull();
    expect(decodeTrustToken(btoa('[]'))).toBeNull();
  });

  it('reads an expiry when there is one', () => {
    const token = { client_name: 'a', fingerprint: 'f', addresses: [], secret: 's', expires_at: '2030-01-02T03:04:05Z' };
    expect(trustTokenExpiry(token)?.toISOString()).toBe('2030-01-02T03:04:05.000Z');
  });
});
