// Everything that makes a browser's client certificate, run inside the worker: the key pair is
// generated here, and the private key leaves only inside the password-protected .p12.
import type { Bytes } from './der';
import { createPkcs12 } from './pkcs12';
import { createSelfSignedCertificate, ecdsaSignatureToDer, toPem } from './x509';

/**
 * ECDSA P-384, like the certificates `lxc` makes for itself: Chrome, Firefox and macOS
 * Keychain import it from a .p12, every TLS 1.2/1.3 stack signs with it, it is generated at
 * once, and unlike RSA it does not depend on RSA-PSS support in the key store for TLS 1.3.
 */
export const KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-384' } as const;
const SIGNATURE_ALGORITHM = { name: 'ECDSA', hash: 'SHA-384' } as const;
export const VALIDITY_YEARS = 10;
/** notBefore lies a day back, so a server whose clock is behind the browser's accepts it at once. */
const BACKDATE_MS = 24 * 60 * 60 * 1000;

export interface ClientCertificateRequest {
  commonName: string;
  password: string;
  now?: Date;
}

export interface ClientCertificate {
  commonName: string;
  /** The .p12 bundle (key and certificate), encrypted with the password. */
  p12: Bytes;
  /** The certificate alone, PEM, for `lxc config trust add`. */
  certificatePem: string;
  /** SHA-256 of the certificate, lowercase hex: how LXD names it. */
  fingerprint: string;
  notAfter: string;
}

function serialNumber(): Uint8Array {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  // Positive and always 16 bytes long.
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x40;
  return bytes;
}

function hex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function createClientCertificate(request: ClientCertificateRequest): Promise<ClientCertificate> {
  if (!request.password) throw new Error('A password is required to protect the .p12 file');
  const now = request.now ?? new Date();
  const notAfter = new Date(now);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + VALIDITY_YEARS);

  const keys = await crypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify']);
  const publicKey = new Uint8Array(await crypto.subtle.exportKey('spki', keys.publicKey));
  const certificate = await createSelfSignedCertificate({
    commonName: request.commonName,
    notBefore: new Date(now.getTime() - BACKDATE_MS),
    notAfter,
    serialNumber: serialNumber(),
    publicKey,
    sign: async (data) =>
      ecdsaSignatureToDer(new Uint8Array(await crypto.subtle.sign(SIGNATURE_ALGORITHM, keys.privateKey, data))),
  });

  const privateKey = new Uint8Array(await crypto.subtle.exportKey('pkcs8', keys.privateKey));
  let p12: Bytes;
  try {
    p12 = await createPkcs12({ certificate, privateKey, password: request.password, friendlyName: request.commonName });
  } finally {
    privateKey.fill(0);
  }
  return {
    commonName: request.commonName,
    p12,
    certificatePem: toPem('CERTIFICATE', certificate),
    fingerprint: hex(await crypto.subtle.digest('SHA-256', certificate)),
    notAfter: notAfter.toISOString(),
  };
}
