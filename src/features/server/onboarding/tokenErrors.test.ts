import { describe, expect, it } from 'vitest';
import { LxdError } from '@/lxd';
import { explainTokenError } from './tokenErrors';

const refusal = (status: number, message: string) =>
  new LxdError({ status, message, url: '/1.0/certificates', kind: 'http' });

describe('explainTokenError', () => {
  // LXD 5.0.2's answers to POST /1.0/certificates, as seen.
  it('explains each refusal LXD gives a token', () => {
    expect(explainTokenError(refusal(403, 'not authorized'))).toMatch(/copied whole/);
    expect(explainTokenError(refusal(403, 'No matching certificate add operation found'))).toMatch(/already used/);
    expect(explainTokenError(refusal(400, 'No client certificate provided'))).toMatch(/presented no certificate/);
  });

  it('adds nothing to other failures', () => {
    expect(explainTokenError(refusal(500, 'database is locked'))).toBeUndefined();
    expect(explainTokenError(new Error('boom'))).toBeUndefined();
  });
});
