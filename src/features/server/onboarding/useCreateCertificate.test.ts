import { describe, expect, it } from 'vitest';
import { certificateNames } from './useCreateCertificate';

describe('certificateNames', () => {
  it('names the certificate and its files after the server', () => {
    expect(certificateNames('lxd.example.com')).toEqual({ commonName: 'lxdeck@lxd.example.com', baseName: 'lxdeck-lxd.example.com' });
    expect(certificateNames('127.0.0.1')).toEqual({ commonName: 'lxdeck@127.0.0.1', baseName: 'lxdeck-127.0.0.1' });
  });

  it('keeps file names safe for any host', () => {
    expect(certificateNames('[::1]').baseName).toBe('lxdeck-1');
    expect(certificateNames('').baseName).toBe('lxdeck-lxd');
  });
});
