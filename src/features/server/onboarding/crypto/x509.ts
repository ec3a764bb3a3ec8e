// A self-signed X.509 v3 client certificate (RFC 5280), signed with ECDSA P-384 / SHA-384.
import { der, readDer, type Bytes } from './der';
import { sha1 } from './sha1';

export const X509_OID = {
  commonName: '2.5.4.3',
  ecdsaWithSha384: '1.2.840.10045.4.3.3',
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  basicConstraints: '2.5.29.19',
  extKeyUsage: '2.5.29.37',
  clientAuth: '1.3.6.1.5.5.7.3.2',
} as const;

export interface SelfSignedRequest {
  commonName: string;
  notBefore: Date;
  notAfter: Date;
  /** Positive, at most 20 bytes (RFC 5280). */
  serialNumber: Uint8Array;
  /** DER SubjectPublicKeyInfo of an ECDSA P-384 key, as WebCrypto exports it ('spki'). */
  publicKey: Uint8Array;
  /** Signs with the matching private key and returns the DER ECDSA-Sig-Value. */
  sign: (data: Bytes) => Promise<Uint8Array>;
}

function name(commonName: string): Bytes {
  return der.sequence(der.set(der.sequence(der.oid(X509_OID.commonName), der.utf8String(commonName))));
}

function extension(oid: string, critical: boolean, value: Uint8Array): Bytes {
  return der.sequence(der.oid(oid), ...(critical ? [der.boolean(true)] : []), der.octetString(value));
}

/** The DER of the certificate's "to be signed" part. */
export function tbsCertificate(request: Omit<SelfSignedRequest, 'sign'>): Bytes {
  const spki = readDer(request.publicKey);
  const subjectPublicKey = spki.children?.[1];
  if (!subjectPublicKey || subjectPublicKey.tag !== 0x03) throw new Error('Not a SubjectPublicKeyInfo');
  // RFC 5280 4.2.1.2 method 1: SHA-1 of the public key bits.
  const keyId = sha1(subjectPublicKey.content.subarray(1));
  const subject = name(request.commonName);
  return der.sequence(
    der.explicit(0, der.integer(2)), // v3
    der.integer(request.serialNumber),
    der.sequence(der.oid(X509_OID.ecdsaWithSha384)),
    subject, // issuer: self-signed
    der.sequence(der.time(request.notBefore), der.time(request.notAfter)),
    subject,
    request.publicKey,
    der.explicit(
      3,
      der.sequence(
        extension(X509_OID.basicConstraints, true, der.sequence()), // CA:FALSE
        extension(X509_OID.keyUsage, true, der.bitString(Uint8Array.of(0x80), 7)), // digitalSignature
        extension(X509_OID.extKeyUsage, false, der.sequence(der.oid(X509_OID.clientAuth))),
        extension(X509_OID.subjectKeyIdentifier, false, der.octetString(keyId)),
      ),
    ),
  );
}

export async function createSelfSignedCertificate(request: SelfSignedRequest): Promise<Bytes> {
  const tbs = tbsCertificate(request);
  const signature = await request.sign(tbs);
  return der.sequence(tbs, der.sequence(der.oid(X509_OID.ecdsaWithSha384)), der.bitString(signature));
}

/** WebCrypto signs ECDSA as r || s (IEEE P1363); X.509 wants SEQUENCE { INTEGER r, INTEGER s }. */
export function ecdsaSignatureToDer(signature: Uint8Array): Bytes {
  if (signature.length === 0 || signature.length % 2 !== 0) throw new Error('Unexpected ECDSA signature length');
  const half = signature.length / 2;
  return der.sequence(der.integer(signature.subarray(0, half)), der.integer(signature.subarray(half)));
}

export function toPem(label: string, bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  const lines = btoa(binary).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
