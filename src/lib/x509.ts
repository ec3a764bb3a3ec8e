/**
 * Reads what a list of trusted certificates shows from an X.509 certificate in PEM: validity and
 * subject common name. Only the DER needed to walk `tbsCertificate` is decoded; nothing is verified.
 */
export interface CertificateFacts {
  notBefore: Date;
  notAfter: Date;
  /** The subject's CN, when it has one. */
  commonName?: string;
}

interface Element {
  tag: number;
  /** Offset of the contents. */
  start: number;
  end: number;
}

const OID_COMMON_NAME = '2.5.4.3';

/** The DER bytes of the first certificate in a PEM text, or null when there is none. */
export function pemToDer(pem: string): Uint8Array | null {
  const match = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/.exec(pem);
  if (!match?.[1]) return null;
  try {
    const binary = atob(match[1].replace(/\s+/g, ''));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

function readElement(der: Uint8Array, offset: number, limit: number): Element {
  if (offset + 2 > limit) throw new Error('truncated');
  const tag = der[offset] ?? 0;
  let length = der[offset + 1] ?? 0;
  let start = offset + 2;
  if (length & 0x80) {
    const bytes = length & 0x7f;
    if (bytes === 0 || bytes > 4) throw new Error('unsupported length');
    length = 0;
    for (let i = 0; i < bytes; i += 1) length = length * 256 + (der[start + i] ?? 0);
    start += bytes;
  }
  const end = start + length;
  if (end > limit) throw new Error('truncated');
  return { tag, start, end };
}

function children(der: Uint8Array, parent: Element): Element[] {
  const list: Element[] = [];
  for (let offset = parent.start; offset < parent.end; ) {
    const element = readElement(der, offset, parent.end);
    list.push(element);
    offset = element.end;
  }
  return list;
}

const text = (der: Uint8Array, element: Element) => new TextDecoder().decode(der.subarray(element.start, element.end));

function oid(der: Uint8Array, element: Element): string {
  const bytes = der.subarray(element.start, element.end);
  const first = bytes[0] ?? 0;
  const parts = [Math.floor(first / 40), first % 40];
  let value = 0;
  for (const byte of bytes.subarray(1)) {
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

/** UTCTime (YYMMDDHHMMSSZ, years 1950–2049) or GeneralizedTime (YYYYMMDDHHMMSSZ). */
function time(der: Uint8Array, element: Element): Date {
  const value = text(der, element);
  const match = element.tag === 0x17 ? /^(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z$/.exec(value) : /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z$/.exec(value);
  if (!match) throw new Error(`unsupported time ${value}`);
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const year = element.tag === 0x17 ? ((y ?? 0) < 50 ? 2000 + (y ?? 0) : 1900 + (y ?? 0)) : (y ?? 0);
  return new Date(Date.UTC(year, (mo ?? 1) - 1, d, h, mi, s));
}

function commonName(der: Uint8Array, name: Element): string | undefined {
  for (const set of children(der, name)) {
    for (const attribute of children(der, set)) {
      const [type, value] = children(der, attribute);
      if (type && value && type.tag === 0x06 && oid(der, type) === OID_COMMON_NAME) return text(der, value);
    }
  }
  return undefined;
}

/** Validity and subject CN of a PEM certificate, or null when it cannot be read. */
export function certificateFacts(pem: string): CertificateFacts | null {
  const der = pemToDer(pem);
  if (!der) return null;
  try {
    const certificate = readElement(der, 0, der.length);
    const [tbs] = children(der, certificate);
    if (!tbs) return null;
    const fields = children(der, tbs);
    // An explicit version ([0]) comes first in v2/v3 certificates.
    const rest = fields[0]?.tag === 0xa0 ? fields.slice(1) : fields;
    const [, , , validity, subject] = rest; // serial, signature, issuer, validity, subject
    if (!validity || !subject) return null;
    const [notBefore, notAfter] = children(der, validity);
    if (!notBefore || !notAfter) return null;
    return { notBefore: time(der, notBefore), notAfter: time(der, notAfter), commonName: commonName(der, subject) };
  } catch {
    return null;
  }
}
