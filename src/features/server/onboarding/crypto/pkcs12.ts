// A PKCS#12 (.p12) bundle of one private key and its certificate, laid out as
// `openssl pkcs12 -export -certpbe PBE-SHA1-3DES -keypbe PBE-SHA1-3DES -macalg sha1` does:
// the certificate in an encrypted SafeContents, the key in a PKCS#8 shrouded key bag, both
// with pbeWithSHAAnd3-KeyTripleDES-CBC, and a SHA-1 HMAC over the whole. That combination is
// read by Chrome, Firefox (NSS), Windows and macOS Keychain alike; Keychain rejects the
// AES/PBES2 bundles OpenSSL 3 writes by default as if the password were wrong.
import { concatBytes, der, utf16be, type Bytes } from './der';
import { sha1 } from './sha1';
import { tripleDesCbcEncrypt } from './tripleDes';

export const OID = {
  data: '1.2.840.113549.1.7.1',
  encryptedData: '1.2.840.113549.1.7.6',
  pbeWithSha1And3KeyTripleDesCbc: '1.2.840.113549.1.12.1.3',
  keyBag: '1.2.840.113549.1.12.10.1.1',
  pkcs8ShroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  friendlyName: '1.2.840.113549.1.9.20',
  localKeyId: '1.2.840.113549.1.9.21',
  sha1: '1.3.14.3.2.26',
} as const;

/** OpenSSL's default; readers that cap the count (older macOS) accept it. */
export const DEFAULT_ITERATIONS = 2048;
const SALT_LENGTH = 8;

/** Which key RFC 7292 appendix B derives: the cipher key, its IV, or the MAC key. */
const Purpose = { Key: 1, Iv: 2, Mac: 3 } as const;

/** The password as PKCS#12 hashes it: BMPString (UTF-16BE) with a two-byte terminator. */
export function pkcs12Password(password: string): Bytes {
  return concatBytes(utf16be(password), Uint8Array.of(0, 0));
}

function repeatTo(source: Uint8Array, length: number): Bytes {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = source[i % source.length] ?? 0;
  return out;
}

/** RFC 7292 appendix B.2 with SHA-1 (u = 20, v = 64). */
export function pkcs12Kdf(
  password: Uint8Array,
  salt: Uint8Array,
  purpose: 1 | 2 | 3,
  iterations: number,
  length: number,
): Bytes {
  const u = 20;
  const v = 64;
  const d = new Uint8Array(v).fill(purpose);
  const s = salt.length ? repeatTo(salt, v * Math.ceil(salt.length / v)) : new Uint8Array(0);
  const p = password.length ? repeatTo(password, v * Math.ceil(password.length / v)) : new Uint8Array(0);
  const i = concatBytes(s, p);
  const blocks: Uint8Array[] = [];
  for (let produced = 0; produced < length; produced += u) {
    let a = sha1(concatBytes(d, i));
    for (let round = 1; round < iterations; round++) a = sha1(a);
    blocks.push(a);
    // I_j = (I_j + B + 1) mod 2^(8v) for each v-byte block of I, with B = A repeated to v bytes.
    const b = repeatTo(a, v);
    for (let offset = 0; offset < i.length; offset += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const sum = (i[offset + k] ?? 0) + (b[k] ?? 0) + carry;
        i[offset + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return concatBytes(...blocks).slice(0, length);
}

function pbeAlgorithm(salt: Uint8Array, iterations: number): Bytes {
  return der.sequence(der.oid(OID.pbeWithSha1And3KeyTripleDesCbc), der.sequence(der.octetString(salt), der.integer(iterations)));
}

function pbeEncrypt(password: Uint8Array, salt: Uint8Array, iterations: number, plaintext: Uint8Array): Bytes {
  const key = pkcs12Kdf(password, salt, Purpose.Key, iterations, 24);
  const iv = pkcs12Kdf(password, salt, Purpose.Iv, iterations, 8);
  try {
    return tripleDesCbcEncrypt(key, iv, plaintext);
  } finally {
    key.fill(0);
  }
}

function bagAttributes(friendlyName: string, localKeyId: Uint8Array): Bytes {
  return der.set(
    der.sequence(der.oid(OID.friendlyName), der.set(der.bmpString(friendlyName))),
    der.sequence(der.oid(OID.localKeyId), der.set(der.octetString(localKeyId))),
  );
}

export interface Pkcs12Input {
  /** DER of the X.509 certificate. */
  certificate: Uint8Array;
  /** DER of the unencrypted PKCS#8 PrivateKeyInfo; encrypted here, never stored as is. */
  privateKey: Uint8Array;
  password: string;
  /** Shown by certificate managers as the name of the identity. */
  friendlyName: string;
  iterations?: number;
}

const randomSalt = () => crypto.getRandomValues(new Uint8Array(SALT_LENGTH));

/** Builds the .p12 bytes. */
export async function createPkcs12(input: Pkcs12Input): Promise<Bytes> {
  const iterations = input.iterations ?? DEFAULT_ITERATIONS;
  const password = pkcs12Password(input.password);
  // localKeyID ties the key to its certificate; OpenSSL uses the certificate's SHA-1 too.
  const localKeyId = sha1(input.certificate);
  const attributes = bagAttributes(input.friendlyName, localKeyId);

  const certSalt = randomSalt();
  const certSafeContents = der.sequence(
    der.sequence(
      der.oid(OID.certBag),
      der.explicit(0, der.sequence(der.oid(OID.x509Certificate), der.explicit(0, der.octetString(input.certificate)))),
      attributes,
    ),
  );
  const encryptedCertificates = der.sequence(
    der.oid(OID.encryptedData),
    der.explicit(
      0,
      der.sequence(
        der.integer(0),
        der.sequence(
          der.oid(OID.data),
          pbeAlgorithm(certSalt, iterations),
          der.implicitPrimitive(0, pbeEncrypt(password, certSalt, iterations, certSafeContents)),
        ),
      ),
    ),
  );

  const keySalt = randomSalt();
  const encryptedPrivateKeyInfo = der.sequence(
    pbeAlgorithm(keySalt, iterations),
    der.octetString(pbeEncrypt(password, keySalt, iterations, input.privateKey)),
  );
  const keySafeContents = der.sequence(
    der.sequence(der.oid(OID.pkcs8ShroudedKeyBag), der.explicit(0, encryptedPrivateKeyInfo), attributes),
  );
  const keyContent = der.sequence(der.oid(OID.data), der.explicit(0, der.octetString(keySafeContents)));

  const authenticatedSafe = der.sequence(encryptedCertificates, keyContent);

  const macSalt = randomSalt();
  const macKey = pkcs12Kdf(password, macSalt, Purpose.Mac, iterations, 20);
  password.fill(0);
  const hmacKey = await crypto.subtle.importKey('raw', macKey, { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
  macKey.fill(0);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', hmacKey, authenticatedSafe));

  return der.sequence(
    der.integer(3),
    der.sequence(der.oid(OID.data), der.explicit(0, der.octetString(authenticatedSafe))),
    der.sequence(
      der.sequence(der.sequence(der.oid(OID.sha1), der.null()), der.octetString(mac)),
      der.octetString(macSalt),
      der.integer(iterations),
    ),
  );
}
