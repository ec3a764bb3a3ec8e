import { describe, expect, it } from 'vitest';
import type { LxdOperation } from '@/lxd';
import { pemBody } from './mutations';
import { pendingTokens, tokenFromOperation } from './pendingTokens';
import { decodeTrustToken } from './trustToken';

// The operation LXD 5.0.2 answered to POST /1.0/certificates {"name":"tok-x","type":"client","token":true}.
const tokenOperation = {
  id: '843cc5db-72e6-446f-94a7-a5e25cbc69c9',
  class: 'token',
  description: 'Executing operation',
  created_at: '2026-12-03T04:45:15.775085552Z',
  updated_at: '2026-12-03T04:45:15.775085552Z',
  status: 'Running',
  status_code: 103,
  resources: null,
  metadata: {
    addresses: ['127.0.0.1:18943'],
    fingerprint: '426af63271cb5bf8c61a59f92c78a3242016fa61e198b1f5d7c4e286a35a0048',
    request: { name: 'tok-x', type: 'client', restricted: false, projects: [], certificate: '', password: '', token: true },
    secret: 'b2a3657d021b8f2ce6e187b98c3b3018971f6011a7e2a83c89279b1aa94cfb2d',
  },
  may_cancel: true,
  err: '',
  location: 'none',
} as unknown as LxdOperation;

describe('pendingTokens', () => {
  it('lists running token operations by name, without their secrets', () => {
    const exec = { ...tokenOperation, id: 'e', class: 'websocket' } as LxdOperation;
    const redeemed = { ...tokenOperation, id: 'r', status: 'Success' } as LxdOperation;
    const listed = pendingTokens([exec, redeemed, tokenOperation]);
    expect(listed).toEqual([
      { id: tokenOperation.id, name: 'tok-x', created_at: tokenOperation.created_at, restricted: false, projects: [] },
    ]);
    expect(JSON.stringify(listed)).not.toContain('b2a3657d');
  });
});

describe('tokenFromOperation', () => {
  it('makes the token `lxc config trust add` prints, which the setup page reads back', () => {
    const token = tokenFromOperation(tokenOperation, 'tok-x');
    expect(decodeTrustToken(token)).toEqual({
      client_name: 'tok-x',
      fingerprint: '426af63271cb5bf8c61a59f92c78a3242016fa61e198b1f5d7c4e286a35a0048',
      addresses: ['127.0.0.1:18943'],
      secret: 'b2a3657d021b8f2ce6e187b98c3b3018971f6011a7e2a83c89279b1aa94cfb2d',
      expires_at: '0001-01-01T00:00:00Z',
    });
  });

  it('refuses an operation without a secret', () => {
    expect(() => tokenFromOperation({ ...tokenOperation, metadata: null } as LxdOperation, 'x')).toThrow();
  });
});

describe('pemBody', () => {
  it('sends the base64 between the PEM markers, without line breaks', () => {
    expect(pemBody('junk\n-----BEGIN CERTIFICATE-----\nAAA\nBBB=\n-----END CERTIFICATE-----\n')).toBe('AAABBB=');
  });
});
