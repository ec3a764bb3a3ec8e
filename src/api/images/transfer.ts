import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LxdError, isLxdError, type LxdClient, type LxdImage, type LxdOperation } from '@/lxd';
import { uploadFile, type UploadProgress } from '@/lxd/files';
import { useLxdClient } from '../client-context';
import { imageKeys } from './keys';

// Image import (`POST /1.0/images` with the file as the body) and export
// (`GET /1.0/images/<fp>/export`). LXD 5.0's handler (lxd/images.go, getImgPostInfo):
// - a unified image is the raw tarball, `Content-Type: application/octet-stream`, its name in
//   `X-LXD-filename`;
// - a split image is multipart/form-data, part `metadata` first, then `rootfs` (container:
//   tarball or squashfs) or `rootfs.img` (virtual machine: disk image); the rootfs part's file
//   name becomes the image's filename;
// - `X-LXD-public` (true/false), `X-LXD-properties` (a URL query string; it may repeat) for both.
// - Aliases are not taken from an upload (only from a push secret): they are created after
//   the operation with `POST /1.0/images/aliases`.
// LXD stores the whole body before it answers, so an upload aborted midway leaves nothing;
// the operation's metadata then carries `fingerprint` and `size` (also when it fails because
// the image exists already).

export type RootfsPart = 'rootfs' | 'rootfs.img';

export type ImportSource =
  | { kind: 'unified'; file: File }
  | { kind: 'split'; metadata: File; rootfs: File; rootfsPart: RootfsPart };

export interface ImportRequest {
  source: ImportSource;
  aliases: string[];
  public: boolean;
  /** Added to (and overriding) those of metadata.yaml. */
  properties: Record<string, string>;
}

/** Header values must be Latin-1 for XMLHttpRequest; LXD only records the name. */
export function headerSafe(value: string): string {
  return value.replace(/[^\x20-\x7e]/g, '_');
}

export function importHeaders(request: ImportRequest): Record<string, string> {
  const headers: Record<string, string> = { 'X-LXD-public': request.public ? 'true' : 'false' };
  if (request.source.kind === 'unified') {
    headers['Content-Type'] = 'application/octet-stream';
    headers['X-LXD-filename'] = headerSafe(request.source.file.name);
  }
  const properties = Object.entries(request.properties);
  if (properties.length > 0) headers['X-LXD-properties'] = new URLSearchParams(properties).toString();
  return headers;
}

/** The request body: the file itself, or the two parts in the order LXD reads them. */
export function importBody(source: ImportSource): Blob | FormData {
  if (source.kind === 'unified') return source.file;
  const form = new FormData();
  form.append('metadata', source.metadata, source.metadata.name);
  form.append(source.rootfsPart, source.rootfs, source.rootfs.name);
  return form;
}

/** Disk images belong to virtual machines; tarballs and squashfs to containers. */
export function guessRootfsPart(fileName: string): RootfsPart {
  return /\.(img|qcow2|raw)$/i.test(fileName) ? 'rootfs.img' : 'rootfs';
}

/** The operation of LXD's answer to an upload (an async envelope). */
export function operationOfAnswer(text: string, url: string): LxdOperation {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const envelope = parsed as { type?: string; metadata?: LxdOperation } | undefined;
  if (envelope?.type === 'async' && envelope.metadata?.id) return envelope.metadata;
  throw new LxdError({ message: `Unexpected answer to the upload: ${text.slice(0, 200)}`, status: 200, url, kind: 'http' });
}

export interface ProgressView {
  /** 0 to 100, whole numbers; undefined before the first report. */
  percent: number | undefined;
  loaded: number;
  total: number;
}

export function progressView(progress: UploadProgress | undefined): ProgressView {
  if (!progress) return { percent: undefined, loaded: 0, total: 0 };
  const { loaded, total } = progress;
  const percent = total > 0 ? Math.min(100, Math.floor((loaded / total) * 100)) : undefined;
  return { percent, loaded, total };
}

// ---------------------------------------------------------------------------------------
// Import

export type ImportPhase = 'checking' | 'uploading' | 'processing' | 'aliases' | 'checking-leftovers';

export interface ImportInput {
  request: ImportRequest;
  signal: AbortSignal;
  onPhase: (phase: ImportPhase) => void;
  onProgress: (progress: UploadProgress) => void;
}

export interface ImportResult {
  fingerprint: string;
  /** The image as LXD stores it now (with the aliases made). */
  image?: LxdImage;
  aliases: string[];
  /** Aliases LXD refused after the image was stored (e.g. taken meanwhile). */
  aliasFailures: { name: string; message: string }[];
}

/** Why an import did not happen; `nothingImported` is what LXD was checked to hold afterwards. */
export class ImportError extends Error {
  readonly reason: 'alias-taken' | 'refused' | 'cancelled' | 'failed';
  /** The aliases that exist already, with the image each names. */
  readonly takenAliases: { name: string; target: string }[];
  /** LXD's answer for an image it holds already. */
  readonly existingFingerprint?: string;
  /** Images that appeared although the upload was cancelled (LXD had the whole file). */
  readonly leftovers: string[];
  constructor(
    reason: ImportError['reason'],
    message: string,
    extra: { takenAliases?: ImportError['takenAliases']; existingFingerprint?: string; leftovers?: string[] } = {},
  ) {
    super(message);
    this.name = 'ImportError';
    this.reason = reason;
    this.takenAliases = extra.takenAliases ?? [];
    this.existingFingerprint = extra.existingFingerprint;
    this.leftovers = extra.leftovers ?? [];
  }
}

const aliasPath = (name: string) => `/1.0/images/aliases/${encodeURIComponent(name)}`;

/** The aliases among `names` that exist in the project, with the image each names. */
export async function takenAliases(client: LxdClient, project: string, names: string[], signal?: AbortSignal) {
  const found = await Promise.all(
    names.map(async (name) => {
      try {
        const { data } = await client.get<{ target: string }>(aliasPath(name), { project, signal });
        return { name, target: data.target };
      } catch (error) {
        if (isLxdError(error) && error.status === 404) return undefined;
        throw error;
      }
    }),
  );
  return found.filter((entry): entry is { name: string; target: string } => entry !== undefined);
}

async function fingerprints(client: LxdClient, project: string): Promise<Set<string>> {
  const { data } = await client.get<string[]>('/1.0/images', { project });
  return new Set(data.map((url) => url.slice(url.lastIndexOf('/') + 1)));
}

/** Waits for the operation and returns it whole, also when it failed (its metadata names the image). */
async function settledOperation(client: LxdClient, id: string, project: string): Promise<LxdOperation> {
  for (;;) {
    try {
      const { data } = await client.get<LxdOperation>(`/1.0/operations/${encodeURIComponent(id)}/wait`, {
        project,
        query: { timeout: 25 },
        timeoutMs: 35_000,
      });
      if (data.status !== 'Running' && data.status !== 'Pending') return data;
    } catch (error) {
      if (!(isLxdError(error) && error.status === 504)) throw error;
    }
  }
}

export async function importImage(client: LxdClient, project: string, input: ImportInput): Promise<ImportResult> {
  const { request, signal, onPhase, onProgress } = input;
  onPhase('checking');
  let taken: { name: string; target: string }[];
  try {
    taken = await takenAliases(client, project, request.aliases, signal);
  } catch (error) {
    // Cancelled before a byte was sent.
    if (signal.aborted) throw new ImportError('cancelled', 'Upload cancelled');
    throw error;
  }
  if (taken.length > 0) {
    const names = taken.map((alias) => alias.name).join(', ');
    throw new ImportError('alias-taken', `${taken.length === 1 ? 'Alias' : 'Aliases'} already in use: ${names}`, { takenAliases: taken });
  }
  const before = await fingerprints(client, project);

  onPhase('uploading');
  const url = client.url('/1.0/images', { project });
  let answer: string;
  try {
    answer = await uploadFile({
      url,
      body: importBody(request.source),
      headers: importHeaders(request),
      onProgress,
      onSent: () => onPhase('processing'),
      signal,
    });
  } catch (error) {
    if (isLxdError(error) && error.kind === 'aborted') {
      onPhase('checking-leftovers');
      const after = await fingerprints(client, project);
      const leftovers = [...after].filter((fingerprint) => !before.has(fingerprint));
      throw new ImportError('cancelled', 'Upload cancelled', { leftovers });
    }
    throw error;
  }

  onPhase('processing');
  const operation = await settledOperation(client, operationOfAnswer(answer, url).id, project);
  const metadata = (operation.metadata ?? {}) as Record<string, unknown>;
  const fingerprint = typeof metadata.fingerprint === 'string' ? metadata.fingerprint : undefined;
  if (operation.status !== 'Success') {
    const message = operation.err || `Import ${operation.status.toLowerCase()}`;
    // Only the "already exists" failure names an image that is (still) there.
    const existing = fingerprint && (await fingerprints(client, project)).has(fingerprint) && before.has(fingerprint);
    throw new ImportError('refused', message, { existingFingerprint: existing ? fingerprint : undefined });
  }
  if (!fingerprint) throw new ImportError('failed', 'LXD did not name the imported image');

  onPhase('aliases');
  const aliases: string[] = [];
  const aliasFailures: ImportResult['aliasFailures'] = [];
  for (const name of request.aliases) {
    try {
      await client.run('POST', '/1.0/images/aliases', { project, body: { name, description: '', target: fingerprint } });
      aliases.push(name);
    } catch (error) {
      aliasFailures.push({ name, message: error instanceof Error ? error.message : String(error) });
    }
  }
  const image = await client
    .get<LxdImage>(`/1.0/images/${encodeURIComponent(fingerprint)}`, { project })
    .then((result) => result.data)
    .catch(() => undefined);
  return { fingerprint, image, aliases, aliasFailures };
}

/** The page shows progress, LXD's refusal and the result itself: no toasts. */
export function useImportImage(project: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ImportInput) => importImage(client, project, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: imageKeys.all(client.id, project) }),
  });
}

// ---------------------------------------------------------------------------------------
// Export

export function exportPath(fingerprint: string): string {
  return `/1.0/images/${encodeURIComponent(fingerprint)}/export`;
}

/** `inline;filename=<fp>.tar.gz` (LXD's header) or an RFC 6266 form; undefined without one. */
export function fileNameOfDisposition(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return safeFileName(decodeURIComponent(extended[1].trim()));
    } catch {
      // fall through to the plain form
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
  const name = plain?.[2] ?? plain?.[1];
  return name ? safeFileName(name.trim()) : undefined;
}

/** No folders in a suggested file name. */
export function safeFileName(name: string): string {
  return name.replace(/^.*[/\\]/, '') || 'image';
}

export function multipartBoundary(contentType: string | null): string | undefined {
  if (!contentType || !/^multipart\//i.test(contentType)) return undefined;
  const match = /boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

export interface MultipartPart {
  /** The form name: `metadata`, `rootfs` or `rootfs.img`. */
  name: string;
  filename?: string;
  /** Where the part's bytes start and end in the whole body. */
  start: number;
  end: number;
}

/** Reads the bytes [start, end) of the body; a Blob's slice in the browser. */
export type RangeReader = (start: number, end: number) => Promise<Uint8Array>;

const encoder = new TextEncoder();
const WINDOW = 64 * 1024;
const TAIL = 4096;

function matchesAt(haystack: Uint8Array, needle: Uint8Array, at: number): boolean {
  for (let j = 0; j < needle.length; j += 1) if (haystack[at + j] !== needle[j]) return false;
  return true;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  for (let i = 0; i <= haystack.length - needle.length; i += 1) if (matchesAt(haystack, needle, i)) return i;
  return -1;
}

/** The first occurrence of `needle` at or after `from`, reading the body in windows. */
async function find(read: RangeReader, size: number, needle: Uint8Array, from: number): Promise<number> {
  for (let start = from; start < size; start += WINDOW) {
    const end = Math.min(size, start + WINDOW + needle.length - 1);
    const index = indexOf(await read(start, end), needle);
    if (index >= 0) return start + index;
  }
  return -1;
}

function partHeaders(text: string): { name: string; filename?: string } {
  const disposition = text.split('\r\n').find((line) => /^content-disposition:/i.test(line)) ?? '';
  const name = /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? '';
  const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
  return { name, filename: filename === undefined ? undefined : safeFileName(filename) };
}

/** LXD's export writes the root filesystem last. */
const LAST_PARTS = ['rootfs', 'rootfs.img'];

/**
 * Finds the parts of a multipart body without holding it in memory: headers are read forwards,
 * and a part LXD writes last ends at the closing delimiter found at the end of the body, so a
 * large root filesystem is never scanned.
 */
export async function multipartParts(
  read: RangeReader,
  size: number,
  boundary: string,
  lastParts: readonly string[] = LAST_PARTS,
): Promise<MultipartPart[]> {
  const delimiter = encoder.encode(`--${boundary}`);
  const next = encoder.encode(`\r\n--${boundary}`);
  const closing = encoder.encode(`\r\n--${boundary}--`);
  // LXD 5.0 writes the closing delimiter twice (seen): the first one in the tail ends the last part.
  const tailStart = Math.max(0, size - TAIL);
  const tailAt = indexOf(await read(tailStart, size), closing);
  const closingAt = tailAt < 0 ? -1 : tailStart + tailAt;
  if (closingAt < 0) throw new Error('The export is not a complete multipart body');

  const parts: MultipartPart[] = [];
  let at = await find(read, size, delimiter, 0);
  if (at < 0) throw new Error('The export is not a multipart body');
  while (at >= 0 && at < closingAt) {
    const headersStart = at + delimiter.length + 2; // after "--boundary\r\n"
    const headersEnd = await find(read, size, encoder.encode('\r\n\r\n'), headersStart);
    if (headersEnd < 0) throw new Error('A part of the export has no end of headers');
    const { name, filename } = partHeaders(new TextDecoder().decode(await read(headersStart, headersEnd)));
    const start = headersEnd + 4;
    // The part that ends at the closing delimiter is the last one; others end at the next delimiter.
    const following = lastParts.includes(name) ? -1 : await find(read, Math.min(size, closingAt + next.length), next, start);
    const end = following < 0 || following >= closingAt ? closingAt : following;
    parts.push({ name, filename, start, end });
    if (end === closingAt) break;
    at = end + 2;
  }
  return parts;
}

export interface ExportFile {
  /** `metadata`, `rootfs`, `rootfs.img`, or `image` for a unified image. */
  part: string;
  fileName: string;
  size: number;
  /** A Blob for a split image's part; undefined for a unified image, which is downloaded by link. */
  blob?: Blob;
}

export type ExportPlan =
  | { kind: 'unified'; url: string; fileName: string }
  | { kind: 'split'; files: ExportFile[] };

/**
 * Asks for the first byte only: a unified image answers 206 with its file name, and is then
 * downloaded by a plain link (the browser streams it to disk). A split image answers the whole
 * multipart body (LXD ignores Range there); its parts are cut out of the Blob without copies.
 */
export async function planExport(client: LxdClient, project: string, fingerprint: string, signal?: AbortSignal): Promise<ExportPlan> {
  const url = client.url(exportPath(fingerprint), { project });
  let response: Response;
  try {
    response = await fetch(url, { headers: { Range: 'bytes=0-0' }, credentials: 'include', signal });
  } catch {
    throw new LxdError({ message: 'Cannot reach the server (network error or server down)', status: 0, url, kind: 'network' });
  }
  if (!response.ok) {
    const text = await response.text();
    let message = text.trim() || `${response.status} ${response.statusText}`;
    try {
      message = (JSON.parse(text) as { error?: string }).error || message;
    } catch {
      // not the envelope
    }
    throw new LxdError({ message, status: response.status, url, kind: 'http' });
  }
  const boundary = multipartBoundary(response.headers.get('Content-Type'));
  if (!boundary) {
    await response.body?.cancel();
    const fileName = fileNameOfDisposition(response.headers.get('Content-Disposition')) ?? `${fingerprint}.tar.gz`;
    return { kind: 'unified', url, fileName };
  }
  const body = await response.blob();
  const read: RangeReader = async (start, end) => new Uint8Array(await body.slice(start, end).arrayBuffer());
  const parts = await multipartParts(read, body.size, boundary);
  return {
    kind: 'split',
    files: parts.map((part) => ({
      part: part.name,
      fileName: part.filename ?? `${part.name}-${fingerprint}`,
      size: part.end - part.start,
      blob: body.slice(part.start, part.end, 'application/octet-stream'),
    })),
  };
}
