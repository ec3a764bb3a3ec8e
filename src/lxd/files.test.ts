import { describe, expect, it } from 'vitest';
import {
  baseName,
  createLimiter,
  decodeText,
  entryNameError,
  fileWriteHeaders,
  isPseudoFilesystemPath,
  joinPath,
  normalizePath,
  parentPath,
  parseFileHeaders,
  pathCrumbs,
  resolveLinkTarget,
  sizeFromRangeAnswer,
  uploadError,
} from './files';

describe('paths', () => {
  it('normalises to one clean absolute path', () => {
    expect(normalizePath('')).toBe('/');
    expect(normalizePath(null)).toBe('/');
    expect(normalizePath('root')).toBe('/root');
    expect(normalizePath('//root///d/')).toBe('/root/d');
    expect(normalizePath('/root/./d/../e')).toBe('/root/e');
    expect(normalizePath('/../../etc')).toBe('/etc');
  });

  it('joins, climbs and names', () => {
    expect(joinPath('/', 'etc')).toBe('/etc');
    expect(joinPath('/root/', 'a b')).toBe('/root/a b');
    expect(parentPath('/root/d')).toBe('/root');
    expect(parentPath('/root')).toBe('/');
    expect(parentPath('/')).toBe('/');
    expect(baseName('/root/d/a.txt')).toBe('a.txt');
    expect(baseName('/')).toBe('/');
  });

  it('lists the breadcrumb from the root', () => {
    expect(pathCrumbs('/root/d')).toEqual([
      { name: '/', path: '/' },
      { name: 'root', path: '/root' },
      { name: 'd', path: '/root/d' },
    ]);
    expect(pathCrumbs('/')).toEqual([{ name: '/', path: '/' }]);
  });

  it('knows the pseudo file systems', () => {
    expect(isPseudoFilesystemPath('/proc/kmsg')).toBe(true);
    expect(isPseudoFilesystemPath('/dev')).toBe(true);
    expect(isPseudoFilesystemPath('/sys/class/net')).toBe(true);
    expect(isPseudoFilesystemPath('/devices')).toBe(false);
    expect(isPseudoFilesystemPath('/root/proc')).toBe(false);
  });
});

describe('resolveLinkTarget', () => {
  it('keeps an absolute target, cleaned', () => {
    expect(resolveLinkTarget('/root/abs-link', '/etc')).toBe('/etc');
    expect(resolveLinkTarget('/root/abs-link', '//etc/./ssl/')).toBe('/etc/ssl');
  });
  it("takes a relative target from the link's folder", () => {
    expect(resolveLinkTarget('/root/rel-link', '../etc')).toBe('/etc');
    expect(resolveLinkTarget('/bin/sh', 'busybox')).toBe('/bin/busybox');
    expect(resolveLinkTarget('/usr/lib/x/link', '../../share/./doc')).toBe('/usr/share/doc');
    expect(resolveLinkTarget('/root/self', 'self')).toBe('/root/self');
  });
  it('handles `.`, the root and trailing slashes', () => {
    expect(resolveLinkTarget('/root/here', '.')).toBe('/root');
    expect(resolveLinkTarget('/root/up', './sub/../../etc/')).toBe('/etc');
    expect(resolveLinkTarget('/root/rootlink', '/')).toBe('/');
    expect(resolveLinkTarget('/top', '..')).toBe('/');
    expect(resolveLinkTarget('/root/far', '../../../../etc')).toBe('/etc');
    expect(resolveLinkTarget('/root/d/', 'x/')).toBe('/root/x');
  });
});

describe('entryNameError', () => {
  it('refuses what is not one name', () => {
    expect(entryNameError('')).toBe('Enter a name.');
    expect(entryNameError('a/b')).toBe('Cannot contain "/".');
    expect(entryNameError('.')).toBe('"." is not a name.');
    expect(entryNameError('..')).toBe('".." is not a name.');
    expect(entryNameError('x', ['x'])).toBe('"x" already exists here.');
    expect(entryNameError('new folder')).toBeNull();
    expect(entryNameError('...')).toBeNull();
  });
});

// Headers as LXD 5.0.2 sent them (seen on the sandbox).
describe('parseFileHeaders', () => {
  it('reads a file', () => {
    const headers = new Headers({
      'X-LXD-type': 'file',
      'X-LXD-uid': '1000',
      'X-LXD-gid': '1000',
      'X-LXD-mode': '0640',
      'X-LXD-modified': '2026-11-22 11:51:24 +0000 UTC',
    });
    expect(parseFileHeaders(headers)).toEqual({
      type: 'file',
      uid: 1000,
      gid: 1000,
      mode: '0640',
      modified: '2026-11-22 11:51:24 +0000 UTC',
    });
  });

  it('reads a directory without a modification time (older LXD)', () => {
    const headers = new Headers({ 'X-LXD-type': 'directory', 'X-LXD-uid': '0', 'X-LXD-gid': '0', 'X-LXD-mode': '0755' });
    expect(parseFileHeaders(headers)).toEqual({ type: 'directory', uid: 0, gid: 0, mode: '0755' });
  });

  it('gives up on missing or unknown headers', () => {
    expect(parseFileHeaders(new Headers())).toBeUndefined();
    expect(parseFileHeaders(new Headers({ 'X-LXD-type': 'socket', 'X-LXD-uid': '0', 'X-LXD-gid': '0', 'X-LXD-mode': '0755' }))).toBeUndefined();
  });
});

describe('sizeFromRangeAnswer', () => {
  it('reads the total of a partial answer', () => {
    expect(sizeFromRangeAnswer(206, new Headers({ 'Content-Range': 'bytes 0-0/52428800', 'Content-Length': '1' }))).toBe(52428800);
  });
  it('reads an empty file from 416', () => {
    expect(sizeFromRangeAnswer(416, new Headers({ 'Content-Range': 'bytes */0' }))).toBe(0);
  });
  it('falls back to Content-Length when the server ignored Range', () => {
    expect(sizeFromRangeAnswer(200, new Headers({ 'Content-Length': '6' }))).toBe(6);
  });
  it('does not guess', () => {
    expect(sizeFromRangeAnswer(200, new Headers())).toBeUndefined();
    expect(sizeFromRangeAnswer(206, new Headers({ 'Content-Range': 'bytes 0-0/*' }))).toBeUndefined();
  });
});

describe('fileWriteHeaders', () => {
  it('writes a file as octet-stream, overwriting, with its owner and mode', () => {
    expect(fileWriteHeaders({ type: 'file', uid: 1000, gid: 100, mode: '0640' })).toEqual({
      'Content-Type': 'application/octet-stream',
      'X-LXD-type': 'file',
      'X-LXD-write': 'overwrite',
      'X-LXD-uid': '1000',
      'X-LXD-gid': '100',
      'X-LXD-mode': '0640',
    });
  });
  it('makes a directory without a write mode', () => {
    expect(fileWriteHeaders({ type: 'directory', mode: '0755' })).toEqual({
      'Content-Type': 'application/octet-stream',
      'X-LXD-type': 'directory',
      'X-LXD-mode': '0755',
    });
  });
});

describe('decodeText', () => {
  it('decodes UTF-8 text', () => {
    expect(decodeText(new TextEncoder().encode('héllo\n'))).toBe('héllo\n');
    expect(decodeText(new Uint8Array())).toBe('');
  });
  it('calls invalid UTF-8 and NUL bytes binary', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41]))).toBeNull();
    expect(decodeText(new Uint8Array([0x41, 0x00, 0x42]))).toBeNull();
  });
});

describe('uploadError', () => {
  it("keeps LXD's message", () => {
    const body = JSON.stringify({ type: 'error', error_code: 400, error: 'Bad file write mode: bogus', metadata: null });
    expect(uploadError(400, body, '/x')).toMatchObject({ status: 400, message: 'Bad file write mode: bogus', kind: 'http' });
  });
  it('keeps a bare text', () => {
    expect(uploadError(502, 'bad gateway', '/x').message).toBe('bad gateway');
    expect(uploadError(500, '', '/x').message).toBe('500 Upload failed');
  });
});

describe('createLimiter', () => {
  it('runs at most n tasks at once, in order', async () => {
    const run = createLimiter(2);
    let active = 0;
    let peak = 0;
    const order: number[] = [];
    const releases: (() => void)[] = [];
    const task = (n: number) => () =>
      new Promise<number>((resolve) => {
        active += 1;
        peak = Math.max(peak, active);
        order.push(n);
        releases.push(() => {
          active -= 1;
          resolve(n);
        });
      });
    const all = Promise.all([1, 2, 3, 4].map((n) => run(task(n))));
    await Promise.resolve();
    expect(order).toEqual([1, 2]);
    while (releases.length) {
      releases.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await expect(all).resolves.toEqual([1, 2, 3, 4]);
    expect(peak).toBe(2);
    expect(order).toEqual([1, 2, 3, 4]);
  });

  it('drops a waiting task whose signal aborts', async () => {
    const run = createLimiter(1);
    let release = () => {};
    const first = run(() => new Promise<void>((resolve) => (release = resolve)));
    const controller = new AbortController();
    let ran = false;
    const second = run(async () => {
      ran = true;
    }, controller.signal);
    controller.abort();
    await expect(second).rejects.toBeDefined();
    release();
    await first;
    expect(ran).toBe(false);
    // The slot is free again.
    await expect(run(async () => 'ok')).resolves.toBe('ok');
  });
});
