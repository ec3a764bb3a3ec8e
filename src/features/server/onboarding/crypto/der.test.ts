import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeOid, der, readDer, tlv } from './der';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('DER writer', () => {
  it('encodes short and long lengths', () => {
    expect(hex(tlv(0x04, new Uint8Array(3)))).toBe('0403000000');
    expect(hex(tlv(0x04, new Uint8Array(200))).slice(0, 6)).toBe('0481c8');
    expect(hex(tlv(0x04, new Uint8Array(300))).slice(0, 8)).toBe('0482012c');
  });

  it('writes INTEGERs minimally and never negative', () => {
    expect(hex(der.integer(0))).toBe('020100');
    expect(hex(der.integer(127))).toBe('02017f');
    expect(hex(der.integer(128))).toBe('02020080');
    expect(hex(der.integer(2048))).toBe('02020800');
    expect(hex(der.integer(Uint8Array.of(0, 0, 0x7f, 1)))).toBe('02027f01');
    expect(hex(der.integer(Uint8Array.of(0, 0, 0)))).toBe('020100');
    expect(hex(der.integer(Uint8Array.of(0xff, 1)))).toBe('020300ff01');
    expect(hex(der.integer(2n ** 64n))).toBe('0209010000000000000000');
    expect(() => der.integer(-1)).toThrow(RangeError);
  });

  it('writes OBJECT IDENTIFIERs and reads them back', () => {
    expect(hex(der.oid('1.2.840.113549.1.12.1.3'))).toBe('060a2a864886f70d010c0103');
    expect(hex(der.oid('2.5.29.37'))).toBe('0603551d25');
    for (const oid of ['1.3.14.3.2.26', '1.2.840.10045.4.3.3', '2.999.1', '1.3.6.1.5.5.7.3.2']) {
      expect(decodeOid(readDer(der.oid(oid)).content)).toBe(oid);
    }
    expect(() => der.oid('3.1')).toThrow();
    expect(() => der.oid('1')).toThrow();
  });

  it('uses UTCTime before 2050 and GeneralizedTime from 2050 on', () => {
    const utc = der.time(new Date(Date.UTC(2036, 10, 19, 10, 52, 7)));
    expect(utc[0]).toBe(0x17);
    expect(Buffer.from(readDer(utc).content).toString()).toBe('361119105207Z');
    const generalized = der.time(new Date(Date.UTC(2050, 0, 2, 3, 4, 5)));
    expect(generalized[0]).toBe(0x18);
    expect(Buffer.from(readDer(generalized).content).toString()).toBe('20500102030405Z');
  });

  it('sorts SET OF members by encoding', () => {
    const set = readDer(der.set(der.integer(5), der.integer(1), der.octetString(Uint8Array.of(9))));
    expect(set.children?.map((child) => hex(child.raw))).toEqual(['020101', '020105', '040109']);
  });

  it('writes BMPString as UTF-16BE and context tags as asked', () => {
    expect(hex(der.bmpString('lx'))).toBe('1e04006c0078');
    expect(hex(der.explicit(0, der.integer(2)))).toBe('a003020102');
    expect(hex(der.implicitPrimitive(0, Uint8Array.of(1, 2)))).toBe('80020102');
    expect(hex(der.bitString(Uint8Array.of(0x80), 7))).toBe('03020780');
  });

  it('reads nested values back and rejects malformed input', () => {
    const encoded = der.sequence(der.integer(1), der.sequence(der.null(), der.utf8String('é')));
    const node = readDer(encoded);
    expect(node.tag).toBe(0x30);
    expect(node.children?.[1]?.children?.[1]?.content).toEqual(new TextEncoder().encode('é'));
    expect(() => readDer(encoded.subarray(0, encoded.length - 1))).toThrow();
    expect(() => readDer(new Uint8Array([...encoded, 0]))).toThrow(/Trailing/);
  });

  it('produces encodings OpenSSL accepts (a SubjectPublicKeyInfo rebuilt from its parts)', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
    const original = new Uint8Array(publicKey.export({ format: 'der', type: 'spki' }));
    const point = readDer(original).children?.[1]?.content.subarray(1) ?? new Uint8Array(0);
    const rebuilt = der.sequence(
      der.sequence(der.oid('1.2.840.10045.2.1'), der.oid('1.3.132.0.34')),
      der.bitString(point),
    );
    expect(hex(rebuilt)).toBe(hex(original));
    expect(createPublicKey({ key: Buffer.from(rebuilt), format: 'der', type: 'spki' }).asymmetricKeyDetails?.namedCurve).toBe(
      'secp384r1',
    );
  });
});
