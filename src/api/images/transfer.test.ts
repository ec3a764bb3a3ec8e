import { describe, expect, it } from 'vitest';
import {
  fileNameOfDisposition,
  guessRootfsPart,
  headerSafe,
  importBody,
  importHeaders,
  multipartBoundary,
  multipartParts,
  operationOfAnswer,
  progressView,
  type ImportRequest,
  type RangeReader,
} from './transfer';

const file = (name: string, content = 'x') => new File([content], name);

const unified = (extra: Partial<ImportRequest> = {}): ImportRequest => ({
  source: { kind: 'unified', file: file('busybox.tar.gz') },
  aliases: [],
  public: false,
  properties: {},
  ...extra,
});

describe('import request', () => {
  it('sends a unified tarball raw, named, with public and properties as LXD reads them', () => {
    const headers = importHeaders(unified({ public: true, properties: { os: 'Busybox', description: 'a & b=c' } }));
    expect(headers).toEqual({
      'X-LXD-public': 'true',
      'Content-Type': 'application/octet-stream',
      'X-LXD-filename': 'busybox.tar.gz',
      'X-LXD-properties': 'os=Busybox&description=a+%26+b%3Dc',
    });
    expect(new URLSearchParams(headers['X-LXD-properties']).get('description')).toBe('a & b=c');
  });

  it('leaves Content-Type of a split upload to the browser (multipart boundary) and names no file', () => {
    const headers = importHeaders({
      ...unified(),
      source: { kind: 'split', metadata: file('meta.tar.xz'), rootfs: file('rootfs.squashfs'), rootfsPart: 'rootfs' },
    });
    expect(headers).toEqual({ 'X-LXD-public': 'false' });
  });

  it('puts metadata first, then the root filesystem under the part name LXD reads for its type', () => {
    const body = importBody({ kind: 'split', metadata: file('m.tar.xz'), rootfs: file('disk.qcow2'), rootfsPart: 'rootfs.img' });
    expect(body).toBeInstanceOf(FormData);
    const entries = [...(body as FormData).entries()].map(([name, value]) => [name, (value as File).name]);
    expect(entries).toEqual([
      ['metadata', 'm.tar.xz'],
      ['rootfs.img', 'disk.qcow2'],
    ]);
    const tarball = file('u.tar.gz');
    expect(importBody({ kind: 'unified', file: tarball })).toBe(tarball);
  });

  it('guesses the root filesystem part from the file name', () => {
    expect(guessRootfsPart('rootfs.squashfs')).toBe('rootfs');
    expect(guessRootfsPart('rootfs.tar.gz')).toBe('rootfs');
    expect(guessRootfsPart('disk.img')).toBe('rootfs.img');
    expect(guessRootfsPart('disk.QCOW2')).toBe('rootfs.img');
  });

  it('keeps header values Latin-1 safe', () => {
    expect(headerSafe('Übersicht image.tar.gz')).toBe('_bersicht image.tar.gz');
  });

  it('reads the operation of the upload answer, and refuses anything else', () => {
    const answer = JSON.stringify({ type: 'async', metadata: { id: 'abc', status: 'Running' } });
    expect(operationOfAnswer(answer, '/1.0/images').id).toBe('abc');
    expect(() => operationOfAnswer('{"type":"sync","metadata":{}}', '/1.0/images')).toThrow(/Unexpected answer/);
    expect(() => operationOfAnswer('<html>', '/1.0/images')).toThrow(/Unexpected answer/);
  });
});

describe('progress', () => {
  it('reports whole percents, never above 100, and nothing before the first report', () => {
    expect(progressView(undefined)).toEqual({ percent: undefined, loaded: 0, total: 0 });
    expect(progressView({ loaded: 333, total: 1000 })).toEqual({ percent: 33, loaded: 333, total: 1000 });
    expect(progressView({ loaded: 1000, total: 1000 }).percent).toBe(100);
    expect(progressView({ loaded: 10, total: 0 }).percent).toBeUndefined();
  });
});

describe('export', () => {
  it('takes the file name from LXD\'s Content-Disposition, without folders', () => {
    expect(fileNameOfDisposition('inline;filename=abc.tar.gz')).toBe('abc.tar.gz');
    expect(fileNameOfDisposition('attachment; filename="meta-abc.tar.xz"')).toBe('meta-abc.tar.xz');
    expect(fileNameOfDisposition("attachment; filename*=UTF-8''a%20b.tar.gz")).toBe('a b.tar.gz');
    expect(fileNameOfDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(fileNameOfDisposition(null)).toBeUndefined();
  });

  it('reads the multipart boundary', () => {
    expect(multipartBoundary('multipart/form-data; boundary=b0455')).toBe('b0455');
    expect(multipartBoundary('multipart/form-data; boundary="q r"')).toBe('q r');
    expect(multipartBoundary('application/octet-stream')).toBeUndefined();
    expect(multipartBoundary(null)).toBeUndefined();
  });

  // The shape LXD 5.0 answers for a split image (seen with curl): metadata, then rootfs.
  const boundary = 'b0455206a04e';
  const metadata = new Uint8Array([0x1f, 0x8b, 13, 10, 45, 45, 0, 255, 13, 10]); // CRLF and "--" inside
  const rootfs = new Uint8Array(5000).map((_, i) => (i * 31) % 256);
  const enc = (text: string) => new TextEncoder().encode(text);
  const concat = (chunks: Uint8Array[]) => {
    const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  };
  const body = concat([
    enc(`--${boundary}\r\nContent-Disposition: form-data; name="metadata"; filename="meta-abc.tar.gz"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    metadata,
    enc(`\r\n--${boundary}\r\nContent-Disposition: form-data; name="rootfs"; filename="abc.squashfs"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    rootfs,
    enc(`\r\n--${boundary}--\r\n`),
    // LXD 5.0 closes its export twice (seen with curl).
    enc(`\r\n--${boundary}--\r\n`),
  ]);

  it('cuts the parts of a split export out of the body byte for byte, reading little of the root filesystem', async () => {
    const reads: [number, number][] = [];
    const read: RangeReader = (start, end) => {
      reads.push([start, end]);
      return Promise.resolve(body.slice(start, end));
    };
    const parts = await multipartParts(read, body.length, boundary);
    expect(parts.map(({ name, filename }) => ({ name, filename }))).toEqual([
      { name: 'metadata', filename: 'meta-abc.tar.gz' },
      { name: 'rootfs', filename: 'abc.squashfs' },
    ]);
    const [meta, root] = parts.map((part) => ({ ...part, bytes: body.slice(part.start, part.end) }));
    expect(meta?.bytes).toEqual(metadata);
    expect(root?.bytes).toEqual(rootfs);
    // The root filesystem's bytes are not read: only the head, the tail and the part headers.
    const inside = (start: number, end: number) => root !== undefined && start >= root.start && end <= root.end - 100;
    const readInsideRootfs = reads.filter(([start, end]) => inside(start, end));
    expect(readInsideRootfs).toEqual([]);
  });

  it('finds the end of a part by scanning when it is not the last one LXD writes', async () => {
    const read: RangeReader = (start, end) => Promise.resolve(body.slice(start, end));
    const [, root] = await multipartParts(read, body.length, boundary, []);
    expect(root && body.slice(root.start, root.end)).toEqual(rootfs);
  });

  it('also reads a body closed once, as multipart writers usually do', async () => {
    const once = body.slice(0, body.length - (boundary.length + 8));
    const read: RangeReader = (start, end) => Promise.resolve(once.slice(start, end));
    const [, root] = await multipartParts(read, once.length, boundary);
    expect(root && once.slice(root.start, root.end)).toEqual(rootfs);
  });

  it('refuses a body cut short', async () => {
    const short = body.slice(0, body.length - 2 * (boundary.length + 8) - 10);
    const read: RangeReader = (start, end) => Promise.resolve(short.slice(start, end));
    await expect(multipartParts(read, short.length, boundary)).rejects.toThrow(/not a complete multipart body/);
  });
});
