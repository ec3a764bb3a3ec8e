import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { createServer, connect, type TLSSocket } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { createClientCertificate, VALIDITY_YEARS } from './clientCertificate';
import { readDer } from './der';
import { ecdsaSignatureToDer } from './x509';

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

describe('createClientCertificate', () => {
  it('makes a self-signed P-384 client certificate node can parse and verify', async () => {
    const now = new Date('2026-11-22T10:00:00Z');
    const made = await createClientCertificate({ commonName: 'lxdeck@lxd.example', password: 'pw', now });
    const cert = new X509Certificate(made.certificatePem);

    expect(cert.subject).toBe('CN=lxdeck@lxd.example');
    expect(cert.issuer).toBe(cert.subject);
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(cert.ca).toBe(false);
    expect(cert.keyUsage).toEqual(['1.3.6.1.5.5.7.3.2']); // node lists the extended key usage here
    expect(cert.publicKey.asymmetricKeyDetails?.namedCurve).toBe('secp384r1');
    expect(new Date(cert.validTo).getUTCFullYear()).toBe(2026 + VALIDITY_YEARS);
    expect(new Date(cert.validFrom).getTime()).toBeLessThan(now.getTime());
    expect(cert.fingerprint256.replaceAll(':', '').toLowerCase()).toBe(made.fingerprint);
    expect(made.notAfter).toBe('2036-11-22T10:00:00.000Z');
    expect(cert.serialNumber).toMatch(/^[4-7][0-9A-F]{31}$/);
  });

  it.runIf(hasOpenssl)('carries the extensions LXD and browsers expect', async () => {
    const made = await createClientCertificate({ commonName: 'lxdeck@host', password: 'pw' });
    const text = spawnSync('openssl', ['x509', '-noout', '-text'], { input: made.certificatePem, encoding: 'utf8' }).stdout;
    expect(text).toMatch(/Version: 3 \(0x2\)/);
    expect(text).toMatch(/Signature Algorithm: ecdsa-with-SHA384/);
    expect(text).toMatch(/X509v3 Basic Constraints: critical\s+CA:FALSE/);
    expect(text).toMatch(/X509v3 Key Usage: critical\s+Digital Signature/);
    expect(text).toMatch(/X509v3 Extended Key Usage:\s+TLS Web Client Authentication/);
    expect(text).toMatch(/X509v3 Subject Key Identifier/);
  });

  it('presents the .p12 in a real TLS handshake with the password', async () => {
    const made = await createClientCertificate({ commonName: 'lxdeck@tls', password: 'correct horse' });
    const server = await createClientCertificate({ commonName: 'server', password: 'x' });
    const seen = await new Promise<string>((resolve, reject) => {
      const listener = createServer({ pfx: Buffer.from(server.p12), passphrase: 'x', requestCert: true, rejectUnauthorized: false }, (socket) => {
        resolve(socket.getPeerX509Certificate()?.fingerprint256 ?? 'none');
        socket.end();
        listener.close();
      });
      listener.listen(0, '127.0.0.1', () => {
        const address = listener.address();
        const port = typeof address === 'object' && address ? address.port : 0;
        const client: TLSSocket = connect({
          host: '127.0.0.1',
          port,
          pfx: Buffer.from(made.p12),
          passphrase: 'correct horse',
          rejectUnauthorized: false,
        });
        client.on('error', reject);
        client.on('data', () => {});
      });
    });
    expect(seen.replaceAll(':', '').toLowerCase()).toBe(made.fingerprint);
  });

  it('refuses to make a bundle without a password', async () => {
    await expect(createClientCertificate({ commonName: 'x', password: '' })).rejects.toThrow(/password/);
  });
});

describe('ecdsaSignatureToDer', () => {
  it('turns r || s into two positive INTEGERs', () => {
    const r = new Uint8Array(48).fill(0x80);
    const s = new Uint8Array(48);
    s[47] = 5;
    const node = readDer(ecdsaSignatureToDer(new Uint8Array([...r, ...s])));
    expect(node.children?.[0]?.content.length).toBe(49); // leading zero keeps r positive
    expect(node.children?.[0]?.content[0]).toBe(0);
    expect(Array.from(node.children?.[1]?.content ?? [])).toEqual([5]);
    expect(() => ecdsaSignatureToDer(new Uint8Array(3))).toThrow();
  });
});
