import { LxdError } from './errors';
import { assertWriteAllowed } from './writeGuard';

/**
 * Instance file API (`/1.0/instances/<name>/files?path=`): path handling, the X-LXD-* headers,
 * and an upload that reports progress. Plain TypeScript; the browser parts are the XHR only.
 */

export type LxdFileType = 'file' | 'directory' | 'symlink';

/** What LXD's headers say about one path (GET or HEAD). */
export interface LxdFileStat {
  type: LxdFileType;
  uid: number;
  gid: number;
  /** Permission bits as LXD prints them, e.g. `0644`. */
  mode: string;
  /** `X-LXD-modified` as sent, e.g. `2026-11-22 11:51:24 +0000 UTC`; absent on older LXD. */
  modified?: string;
  /** Bytes; only known for regular files whose size was asked for. */
  size?: number;
}

export const filesPath = (instance: string) => `/1.0/instances/${encodeURIComponent(instance)}/files`;

/**
 * An absolute, clean path: one leading slash, no empty, `.` or trailing segments, `..` resolved
 * (never above `/`). Used for the `?path=` in the page URL, so anything typed there is tamed.
 */
export function normalizePath(path: string | null | undefined): string {
  const out: string[] = [];
  for (const segment of (path ?? '').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return `/${out.join('/')}`;
}

export function joinPath(directory: string, name: string): string {
  const base = normalizePath(directory);
  return base === '/' ? `/${name}` : `${base}/${name}`;
}

export function parentPath(path: string): string {
  return normalizePath(`${normalizePath(path)}/..`);
}

export function baseName(path: string): string {
  const clean = normalizePath(path);
  return clean === '/' ? '/' : clean.slice(clean.lastIndexOf('/') + 1);
}

/**
 * The absolute path a symlink points to: an absolute target as it is, a relative one taken from
 * the link's folder (`../etc` in /root is /etc). Resolved by the text alone, as LXD 5.0.2 does
 * when it answers a link's target (it already sends relative targets made absolute this way);
 * servers that send the raw target get the same answer.
 */
export function resolveLinkTarget(linkPath: string, target: string): string {
  return normalizePath(target.startsWith('/') ? target : `${parentPath(linkPath)}/${target}`);
}

/** Each ancestor of a path with its name, `/` first: the breadcrumb. */
export function pathCrumbs(path: string): { name: string; path: string }[] {
  const crumbs = [{ name: '/', path: '/' }];
  let current = '';
  for (const segment of normalizePath(path).split('/').filter(Boolean)) {
    current += `/${segment}`;
    crumbs.push({ name: segment, path: current });
  }
  return crumbs;
}

/** Why a new file or folder name cannot be used, or null. LXD would take `a/b` as a path. */
export function entryNameError(name: string, taken: readonly string[] = []): string | null {
  if (name === '') return 'Enter a name.';
  if (name.includes('/')) return 'Cannot contain "/".';
  if (name === '.' || name === '..') return `"${name}" is not a name.`;
  if (name.includes('\0')) return 'Cannot contain a NUL character.';
  if (taken.includes(name)) return `"${name}" already exists here.`;
  return null;
}

/**
 * Pseudo file systems where a size means nothing and opening a file can block (a FIFO, a
 * terminal, /proc/kmsg) or have side effects: only the metadata (HEAD) is read there.
 */
export function isPseudoFilesystemPath(path: string): boolean {
  return /^\/(proc|sys|dev)(\/|$)/.test(normalizePath(path));
}

const FILE_TYPES: readonly string[] = ['file', 'directory', 'symlink'];

/** Reads the X-LXD-* headers of a file response; undefined when they are missing. */
export function parseFileHeaders(headers: Headers): LxdFileStat | undefined {
  const type = headers.get('X-LXD-type');
  const uid = Number(headers.get('X-LXD-uid'));
  const gid = Number(headers.get('X-LXD-gid'));
  const mode = headers.get('X-LXD-mode');
  if (!type || !FILE_TYPES.includes(type) || mode === null || !Number.isInteger(uid) || !Number.isInteger(gid)) {
    return undefined;
  }
  const modified = headers.get('X-LXD-modified') ?? undefined;
  return { type: type as LxdFileType, uid, gid, mode, ...(modified ? { modified } : {}) };
}

/**
 * The whole size from the answer to `Range: bytes=0-0`: `206` with `Content-Range: bytes 0-0/N`,
 * `416` with `bytes *\/0` for an empty file (both seen on LXD 5.0.2), or a plain `200` from a
 * server that ignores Range, whose Content-Length is the size.
 */
export function sizeFromRangeAnswer(status: number, headers: Headers): number | undefined {
  const range = headers.get('Content-Range');
  const total = range ? /\/(\d+)\s*$/.exec(range)?.[1] : undefined;
  if ((status === 206 || status === 416) && total !== undefined) return Number(total);
  if (status === 200) {
    const length = headers.get('Content-Length');
    if (length !== null && /^\d+$/.test(length)) return Number(length);
  }
  return undefined;
}

export const RANGE_FIRST_BYTE = 'bytes=0-0';

export interface FileWriteOptions {
  type: 'file' | 'directory';
  /** LXD applies uid/gid/mode only when it creates the path; an existing file keeps its own (seen on 5.0.2). */
  uid?: number;
  gid?: number;
  mode?: string;
  write?: 'overwrite' | 'append';
}

/**
 * Headers of a file write. Content-Type is always octet-stream: with a form content type LXD
 * parses the body as a form (it reads `?path=` with FormValue) and writes an empty file.
 */
export function fileWriteHeaders(options: FileWriteOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/octet-stream',
    'X-LXD-type': options.type,
  };
  if (options.type === 'file') headers['X-LXD-write'] = options.write ?? 'overwrite';
  if (options.uid !== undefined) headers['X-LXD-uid'] = String(options.uid);
  if (options.gid !== undefined) headers['X-LXD-gid'] = String(options.gid);
  if (options.mode !== undefined) headers['X-LXD-mode'] = options.mode;
  return headers;
}

/** Text an editor can show: valid UTF-8 without NUL bytes, else null (binary). */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Runs at most `limit` tasks at once; the rest wait in order. A waiting task whose signal aborts
 * leaves the queue without running, so rows scrolled away do not cost a request.
 */
export function createLimiter(limit: number) {
  let active = 0;
  const queue: (() => void)[] = [];
  const next = () => {
    active -= 1;
    queue.shift()?.();
  };
  return async function run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (active >= limit) {
      await new Promise<void>((resolve, reject) => {
        const start = () => {
          signal?.removeEventListener('abort', abort);
          resolve();
        };
        const abort = () => {
          const index = queue.indexOf(start);
          if (index >= 0) queue.splice(index, 1);
          reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
        };
        if (signal?.aborted) return abort();
        signal?.addEventListener('abort', abort, { once: true });
        queue.push(start);
      });
    }
    active += 1;
    try {
      return await task();
    } finally {
      next();
    }
  };
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface UploadOptions {
  url: string;
  /** A FormData body is sent as multipart/form-data with the boundary the browser picks. */
  body: Blob | FormData;
  headers: Record<string, string>;
  onProgress?: (progress: UploadProgress) => void;
  /** The last byte is sent; the server's answer is still to come. */
  onSent?: () => void;
  signal?: AbortSignal;
}

/** LXD's error envelope (or a bare text) as an LxdError. */
export function uploadError(status: number, text: string, url: string): LxdError {
  let message = text.trim() || `${status} Upload failed`;
  let code = status;
  try {
    const parsed = JSON.parse(text) as { error?: string; error_code?: number };
    if (parsed.error) message = parsed.error;
    if (parsed.error_code) code = parsed.error_code;
  } catch {
    // Not the envelope: keep the text.
  }
  return new LxdError({ message, status, code, url, kind: 'http' });
}

/**
 * POSTs a file with XMLHttpRequest, because fetch cannot report upload progress. Same-origin,
 * so the browser presents its client certificate as for every other call. Resolves with the
 * answer's text (an image upload answers with an operation).
 */
export function uploadFile({ url, body, headers, onProgress, onSent, signal }: UploadOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    assertWriteAllowed('POST', url);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    let total = body instanceof Blob ? body.size : 0;
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) total = event.total;
      onProgress?.({ loaded: event.loaded, total: total || event.loaded });
    };
    xhr.upload.onload = () => onSent?.();
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        if (total) onProgress?.({ loaded: total, total });
        resolve(xhr.responseText);
      } else {
        reject(uploadError(xhr.status, xhr.responseText, url));
      }
    };
    xhr.onerror = () =>
      reject(new LxdError({ message: 'Cannot reach the server (network error or server down)', status: 0, url, kind: 'network' }));
    xhr.onabort = () => reject(new LxdError({ message: 'Upload cancelled', status: 0, url, kind: 'aborted' }));
    if (signal?.aborted) {
      reject(new LxdError({ message: 'Upload cancelled', status: 0, url, kind: 'aborted' }));
      return;
    }
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}
