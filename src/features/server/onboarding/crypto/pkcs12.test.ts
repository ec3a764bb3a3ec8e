import { spawnSync } from 'node:child_process';
import { createHmac, createPrivateKey, generateKeyPairSync, X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSecureContext } from 'node:tls';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeOid, readDer, type DerNode } from './der';
import { createPkcs12, OID, pkcs12Kdf, pkcs12Password } from './pkcs12';
import { createSelfSignedCertificate, ecdsaSignatureToDer } from './x509';

const fromHex = (text: string) => Uint8Array.from(Buffer.from(text, 'hex'));
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
const hasPk12util = spawnSync('pk12util', ['-h']).error === undefined;

const work = mkdtempSync(path.join(tmpdir(), 'lxdeck-p12-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function openssl(args: string[], input?: string) {
  return spawnSync('openssl', args, { encoding: 'utf8', input });
}

const child = (node: DerNode | undefined, ...indexes: number[]): DerNode => {
  let current = node;
  for (const index of indexes) current = current?.children?.[index];
  if (!current) throw new Error(`no DER child at ${indexes.join('.')}`);
  return current;
};

/** A P-384 key made by node and a certificate for it made by this code. */
async function fixture() {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
  const webKey = await crypto.subtle.importKey(
    'pkcs8',
    privateKey.export({ format: 'der', type: 'pkcs8' }),
    { name: 'ECDSA', namedCurve: 'P-384' },
    false,
    ['sign'],
  );
  const certificate = await createSelfSignedCertificate({
    commonName: 'lxdeck@test',
    notBefore: new Date('2026-01-01T00:00:00Z'),
    notAfter: new Date('2036-01-01T00:00:00Z'),
    serialNumber: Uint8Array.of(0x42, 1, 2, 3),
    publicKey: new Uint8Array(publicKey.export({ format: 'der', type: 'spki' })),
    sign: async (data) =>
      ecdsaSignatureToDer(new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-384' }, webKey, data))),
  });
  return { privateKey, certificate, pkcs8: new Uint8Array(privateKey.export({ format: 'der', type: 'pkcs8' })) };
}

describe('PKCS#12 key derivation (RFC 7292 appendix B)', () => {
  it('matches the published test vectors', () => {
    const smeg = pkcs12Password('smeg');
    expect(hex(pkcs12Kdf(smeg, fromHex('0a58cf64530d823f'), 1, 1, 24))).toBe('8aaae6297b6cb04642ab5b077851284eb7128f1a2a7fbca3');
    expect(hex(pkcs12Kdf(smeg, fromHex('0a58cf64530d823f'), 2, 1, 8))).toBe('79993dfe048d3b76');
    expect(hex(pkcs12Kdf(smeg, fromHex('3d83c0e4546ac140'), 3, 1, 20))).toBe('8d967d88f6caa9d714800ab3d48051d63f73a312');
    const queeg = pkcs12Password('queeg');
    expect(hex(pkcs12Kdf(queeg, fromHex('05dec959acff72f7'), 1, 1000, 24))).toBe('ed2034e36328830ff09df1e1a07dd357185dac0d4f9eb3d4');
    expect(hex(pkcs12Kdf(queeg, fromHex('263216fcc2fab31c'), 3, 1000, 20))).toBe('5ec4c7a80df652294c3925b6489a7ab857c83476');
  });

  it.runIf(hasOpenssl)('verifies the MAC of a .p12 that OpenSSL wrote', async () => {
    const { privateKey, certificate } = await fixture();
    writeFileSync(path.join(work, 'ref.key'), privateKey.export({ format: 'pem', type: 'pkcs8' }));
    writeFileSync(path.join(work, 'ref.crt'), new X509Certificate(Buffer.from(certificate)).toString());
    const made = openssl([
      'pkcs12', '-export', '-inkey', path.join(work, 'ref.key'), '-in', path.join(work, 'ref.crt'),
      '-certpbe', 'PBE-SHA1-3DES', '-keypbe', 'PBE-SHA1-3DES', '-macalg', 'sha1',
      '-out', path.join(work, 'ref.p12'), '-passout', 'pass:s3cret pass',
    ]);
    expect(made.stderr).toBe('');
    const pfx = readDer(new Uint8Array(readFileSync(path.join(work, 'ref.p12'))));
    const authSafe = child(pfx, 1, 1, 0).content;
    const macData = child(pfx, 2);
    const salt = child(macData, 1).content;
    const iterations = Number.parseInt(hex(child(macData, 2).content), 16);
    const key = pkcs12Kdf(pkcs12Password('s3cret pass'), salt, 3, iterations, 20);
    expect(createHmac('sha1', key).update(authSafe).digest('hex')).toBe(hex(child(macData, 0, 1).content));
  });
});

describe('createPkcs12', () => {
  it('lays out the bundle like OpenSSL: encrypted cert bag, shrouded key bag, SHA-1 MAC', async () => {
    const { certificate, pkcs8 } = await fixture();
    const p12 = await createPkcs12({ certificate, privateKey: pkcs8, password: 'pw', friendlyName: 'lxdeck@test' });
    const pfx = readDer(p12);
    expect(hex(child(pfx, 0).content)).toBe('03');
    expect(decodeOid(child(pfx, 1, 0).content)).toBe(OID.data);
    const authSafe = readDer(child(pfx, 1, 1, 0).content);
    expect(decodeOid(child(authSafe, 0, 0).content)).toBe(OID.encryptedData);
    expect(decodeOid(child(authSafe, 0, 1, 0, 1, 1, 0).content)).toBe(OID.pbeWithSha1And3KeyTripleDesCbc);
    const keyBags = readDer(child(authSafe, 1, 1, 0).content);
    expect(decodeOid(child(keyBags, 0, 0).content)).toBe(OID.pkcs8ShroudedKeyBag);
    expect(decodeOid(child(keyBags, 0, 1, 0, 0, 0).content)).toBe(OID.pbeWithSha1And3KeyTripleDesCbc);
    expect(decodeOid(child(pfx, 2, 0, 0, 0).content)).toBe(OID.sha1);
    expect(hex(child(pfx, 2, 2).content)).toBe('0800'); // 2048 iterations
  });

  it('opens in node (OpenSSL) with the password and refuses a wrong one', async () => {
    const { certificate, pkcs8 } = await fixture();
    const p12 = Buffer.from(
      await createPkcs12({ certificate, privateKey: pkcs8, password: 'pässwörd €', friendlyName: 'lxdeck@test' }),
    );
    expect(() => createSecureContext({ pfx: p12, passphrase: 'pässwörd €' })).not.toThrow();
    expect(() => createSecureContext({ pfx: p12, passphrase: 'wrong' })).toThrow(/mac verify failure/i);
  });

  it.runIf(hasOpenssl)('is read by `openssl pkcs12` with the expected algorithms, key and certificate', async () => {
    const { privateKey, certificate, pkcs8 } = await fixture();
    const file = path.join(work, 'made.p12');
    writeFileSync(file, await createPkcs12({ certificate, privateKey: pkcs8, password: 'hunter2', friendlyName: 'lxdeck@test' }));

    const info = openssl(['pkcs12', '-in', file, '-info', '-passin', 'pass:hunter2', '-nokeys']);
    expect(info.status).toBe(0);
    expect(info.stderr).toMatch(/MAC: sha1, Iteration 2048/);
    expect(info.stderr).toMatch(/PKCS7 Encrypted data: pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 2048/);
    expect(info.stderr).toMatch(/Shrouded Keybag: pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 2048/);
    expect(info.stdout).toMatch(/friendlyName: lxdeck@test/);
    const pem = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(info.stdout)?.[0] ?? '';
    expect(new X509Certificate(pem).raw.equals(Buffer.from(certificate))).toBe(true);

    const keys = openssl(['pkcs12', '-in', file, '-passin', 'pass:hunter2', '-nocerts', '-nodes']);
    const keyPem = /-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----/.exec(keys.stdout)?.[0] ?? '';
    expect(createPrivateKey(keyPem).export({ format: 'jwk' }).d).toBe(privateKey.export({ format: 'jwk' }).d);

    const wrong = openssl(['pkcs12', '-in', file, '-passin', 'pass:hunter3', '-nokeys']);
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toMatch(/mac verify/i);
  });

  it.runIf(hasPk12util)('imports into an NSS database (what Firefox and Chromium on Linux use)', async () => {
    const { certificate, pkcs8 } = await fixture();
    const file = path.join(work, 'nss.p12');
    writeFileSync(file, await createPkcs12({ certificate, privateKey: pkcs8, password: 'nss-pw', friendlyName: 'lxdeck@test' }));
    const db = path.join(work, 'nssdb');
    mkdirSync(db);
    expect(spawnSync('certutil', ['-N', '-d', `sql:${db}`, '--empty-password'], { encoding: 'utf8' }).status).toBe(0);
    const imported = spawnSync('pk12util', ['-i', file, '-d', `sql:${db}`, '-W', 'nss-pw'], { encoding: 'utf8' });
    expect(imported.stdout + imported.stderr).toMatch(/PKCS12 IMPORT SUCCESSFUL/);
    const listed = spawnSync('certutil', ['-K', '-d', `sql:${db}`], { encoding: 'utf8' });
    expect(listed.stdout).toMatch(/ec .*lxdeck@test/);
  });
});
