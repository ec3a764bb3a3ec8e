import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha1 } from './sha1';
import { desEncryptBlock, tripleDesCbcEncrypt } from './tripleDes';

const fromHex = (text: string) => Uint8Array.from(Buffer.from(text, 'hex'));
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('DES and triple DES', () => {
  it('matches the classic single-DES test vector', () => {
    expect(hex(desEncryptBlock(fromHex('0123456789abcdef'), fromHex('133457799bbcdff1')))).toBe('85e813540f0ab405');
  });

  it('matches OpenSSL des-ede3-cbc for random keys, IVs and every padding length', () => {
    for (let length = 0; length <= 41; length++) {
      const key = randomBytes(24);
      const iv = randomBytes(8);
      const plaintext = randomBytes(length);
      const cipher = createCipheriv('des-ede3-cbc', key, iv);
      const expected = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      expect(hex(tripleDesCbcEncrypt(key, iv, plaintext))).toBe(expected.toString('hex'));
    }
  });

  it('refuses keys and IVs of the wrong size', () => {
    expect(() => tripleDesCbcEncrypt(new Uint8Array(16), new Uint8Array(8), new Uint8Array(1))).toThrow(RangeError);
    expect(() => tripleDesCbcEncrypt(new Uint8Array(24), new Uint8Array(4), new Uint8Array(1))).toThrow(RangeError);
  });
});

describe('SHA-1', () => {
  it('matches node for lengths around the padding boundaries', () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const data = randomBytes(length);
      expect(hex(sha1(data))).toBe(createHash('sha1').update(data).digest('hex'));
    }
    expect(hex(sha1(new TextEncoder().encode('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
  });
});
