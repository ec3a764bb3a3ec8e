// A minimal DER (ASN.1) writer and reader: just what a self-signed X.509 certificate and a
// PKCS#12 bundle need. Every value is built as bytes, so the output is exactly what is tested.

/** Bytes backed by a plain ArrayBuffer, as WebCrypto and Blob accept them. */
export type Bytes = Uint8Array<ArrayBuffer>;

const TAG = {
  boolean: 0x01,
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  utf8String: 0x0c,
  printableString: 0x13,
  utcTime: 0x17,
  generalizedTime: 0x18,
  bmpString: 0x1e,
  sequence: 0x30,
  set: 0x31,
} as const;

export function concatBytes(...parts: Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function encodeLength(length: number): Bytes {
  if (length < 0x80) return Uint8Array.of(length);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest & 0xff);
  return Uint8Array.of(0x80 | bytes.length, ...bytes);
}

/** One tag-length-value. */
export function tlv(tag: number, content: Uint8Array): Bytes {
  return concatBytes(Uint8Array.of(tag), encodeLength(content.length), content);
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  }
  return a.length - b.length;
}

/** Unsigned big-endian bytes of a non-negative integer. */
function bigintBytes(value: bigint): Bytes {
  if (value < 0n) throw new RangeError('Only non-negative integers are supported');
  const bytes: number[] = [];
  for (let rest = value; rest > 0n; rest >>= 8n) bytes.unshift(Number(rest & 0xffn));
  return Uint8Array.from(bytes.length ? bytes : [0]);
}

function encodeBase128(value: number): number[] {
  const out = [value & 0x7f];
  for (let rest = Math.floor(value / 128); rest > 0; rest = Math.floor(rest / 128)) out.unshift(0x80 | (rest & 0x7f));
  return out;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export const der = {
  sequence: (...items: Uint8Array[]) => tlv(TAG.sequence, concatBytes(...items)),
  /** DER sorts the members of a SET OF by their encoding. */
  set: (...items: Uint8Array[]) => tlv(TAG.set, concatBytes(...[...items].sort(compareBytes))),
  boolean: (value: boolean) => tlv(TAG.boolean, Uint8Array.of(value ? 0xff : 0x00)),
  null: () => tlv(TAG.null, new Uint8Array(0)),

  /** A non-negative INTEGER, from a number, a bigint or unsigned big-endian bytes. */
  integer(value: number | bigint | Uint8Array): Bytes {
    let bytes = value instanceof Uint8Array ? value : bigintBytes(BigInt(value));
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0) start++;
    bytes = bytes.subarray(start);
    if (bytes.length === 0) bytes = Uint8Array.of(0);
    // A set high bit would make it negative: keep it positive with a leading zero.
    if ((bytes[0] ?? 0) & 0x80) bytes = concatBytes(Uint8Array.of(0), bytes);
    return tlv(TAG.integer, bytes);
  },

  oid(dotted: string): Bytes {
    const arcs = dotted.split('.').map(Number);
    const [first = 0, second = 0, ...rest] = arcs;
    if (arcs.length < 2 || arcs.some((arc) => !Number.isSafeInteger(arc) || arc < 0) || first > 2) {
      throw new RangeError(`Invalid object identifier ${dotted}`);
    }
    return tlv(TAG.oid, Uint8Array.from([...encodeBase128(first * 40 + second), ...rest.flatMap(encodeBase128)]));
  },

  octetString: (bytes: Uint8Array) => tlv(TAG.octetString, bytes),
  bitString: (bytes: Uint8Array, unusedBits = 0) => tlv(TAG.bitString, concatBytes(Uint8Array.of(unusedBits), bytes)),
  utf8String: (text: string) => tlv(TAG.utf8String, new TextEncoder().encode(text)),
  printableString: (text: string) => tlv(TAG.printableString, new TextEncoder().encode(text)),
  /** BMPString: UTF-16 big-endian, as PKCS#12 friendly names are written. */
  bmpString: (text: string) => tlv(TAG.bmpString, utf16be(text)),

  /** UTCTime for 1950-2049 and GeneralizedTime otherwise, as RFC 5280 requires. */
  time(date: Date): Bytes {
    const year = date.getUTCFullYear();
    const rest =
      pad(date.getUTCMonth() + 1) +
      pad(date.getUTCDate()) +
      pad(date.getUTCHours()) +
      pad(date.getUTCMinutes()) +
      pad(date.getUTCSeconds()) +
      'Z';
    const ascii = (text: string) => new TextEncoder().encode(text);
    if (year >= 1950 && year < 2050) return tlv(TAG.utcTime, ascii(pad(year % 100) + rest));
    return tlv(TAG.generalizedTime, ascii(pad(year, 4) + rest));
  },

  /** [n] EXPLICIT: a constructed context tag around a complete encoding. */
  explicit: (tagNumber: number, inner: Uint8Array) => tlv(0xa0 | tagNumber, inner),
  /** [n] IMPLICIT for a primitive value such as an OCTET STRING's content. */
  implicitPrimitive: (tagNumber: number, content: Uint8Array) => tlv(0x80 | tagNumber, content),
};

/** UTF-16 big-endian code units. */
export function utf16be(text: string): Bytes {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[i * 2] = unit >> 8;
    out[i * 2 + 1] = unit & 0xff;
  }
  return out;
}

export interface DerNode {
  tag: number;
  /** The value bytes (without tag and length). */
  content: Uint8Array;
  /** The whole encoding, tag and length included. */
  raw: Uint8Array;
  /** Parsed members of a constructed value. */
  children?: DerNode[];
}

/** Reads one DER value (and, for constructed ones, their members). Throws on malformed input. */
export function readDer(bytes: Uint8Array): DerNode {
  const { node, end } = readAt(bytes, 0);
  if (end !== bytes.length) throw new Error(`Trailing bytes after DER value (${bytes.length - end})`);
  return node;
}

function readAt(bytes: Uint8Array, offset: number): { node: DerNode; end: number } {
  const tag = bytes[offset];
  let lengthByte = bytes[offset + 1];
  if (tag === undefined || lengthByte === undefined) throw new Error('Truncated DER value');
  if ((tag & 0x1f) === 0x1f) throw new Error('Multi-byte tags are not supported');
  let cursor = offset + 2;
  let length = lengthByte;
  if (lengthByte & 0x80) {
    const count = lengthByte & 0x7f;
    if (count === 0 || count > 4) throw new Error('Unsupported DER length');
    length = 0;
    for (let i = 0; i < count; i++) {
      lengthByte = bytes[cursor++];
      if (lengthByte === undefined) throw new Error('Truncated DER length');
      length = length * 256 + lengthByte;
    }
  }
  const end = cursor + length;
  if (end > bytes.length) throw new Error('DER length runs past the end');
  const node: DerNode = { tag, content: bytes.subarray(cursor, end), raw: bytes.subarray(offset, end) };
  if (tag & 0x20) {
    node.children = [];
    for (let at = cursor; at < end; ) {
      const child = readAt(bytes, at);
      node.children.push(child.node);
      at = child.end;
    }
  }
  return { node, end };
}

/** Dotted form of an OBJECT IDENTIFIER's content bytes. */
export function decodeOid(content: Uint8Array): string {
  const arcs: number[] = [];
  let value = 0;
  for (const byte of content) {
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      arcs.push(value);
      value = 0;
    }
  }
  const [first = 0, ...rest] = arcs;
  const head = first < 80 ? [Math.floor(first / 40), first % 40] : [2, first - 80];
  return [...head, ...rest].join('.');
}
