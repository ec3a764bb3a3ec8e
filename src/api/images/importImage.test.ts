import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LxdClient } from '@/lxd';
import { ImportError, importImage, type ImportInput, type ImportPhase } from './transfer';

// The import flow against a scripted LXD: fetch for the JSON calls, a stand-in XMLHttpRequest
// for the upload (the browser's upload progress is not available in Node).

const FP = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);

interface Lxd {
  aliases: Record<string, string>;
  images: string[];
  /** What the upload's operation ends with. */
  operation: { status: string; err: string; metadata: Record<string, string> | null };
  aliasRefusal?: string;
  calls: string[];
}

const envelope = (metadata: unknown, status = 200) =>
  new Response(JSON.stringify(status < 400 ? { type: 'sync', metadata } : { type: 'error', error: metadata, error_code: status }), { status });

function fakeFetch(lxd: Lxd): typeof fetch {
  return (input, init) => {
    const url = new URL(String(input), 'https://lxd.invalid');
    const method = init?.method ?? 'GET';
    if (init?.signal?.aborted) return Promise.reject(new DOMException('Aborted', 'AbortError'));
    lxd.calls.push(`${method} ${url.pathname}${url.search}`);
    const alias = /^\/1\.0\/images\/aliases\/(.+)$/.exec(url.pathname);
    if (method === 'GET' && alias?.[1]) {
      const target = lxd.aliases[decodeURIComponent(alias[1])];
      return Promise.resolve(target ? envelope({ target }) : envelope('not found', 404));
    }
    if (method === 'GET' && url.pathname === '/1.0/images') return Promise.resolve(envelope(lxd.images.map((fp) => `/1.0/images/${fp}`)));
    if (method === 'GET' && url.pathname === '/1.0/operations/op1/wait') {
      const { status, err, metadata } = lxd.operation;
      if (status === 'Success' && metadata?.fingerprint) lxd.images.push(metadata.fingerprint);
      return Promise.resolve(envelope({ id: 'op1', status, err, metadata, status_code: status === 'Success' ? 200 : 400 }));
    }
    if (method === 'POST' && url.pathname === '/1.0/images/aliases') {
      if (lxd.aliasRefusal) return Promise.resolve(envelope(lxd.aliasRefusal, 409));
      const body = JSON.parse(String(init?.body)) as { name: string; target: string };
      lxd.aliases[body.name] = body.target;
      return Promise.resolve(envelope({}));
    }
    if (method === 'GET' && url.pathname === `/1.0/images/${FP}`) return Promise.resolve(envelope({ fingerprint: FP, aliases: [] }));
    return Promise.resolve(envelope(`unexpected ${method} ${url.pathname}`, 500));
  };
}

/** Records what is sent; answers with LXD's async envelope unless aborted first. */
class FakeXhr {
  static last: FakeXhr | undefined;
  static holdUntilAbort = false;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  responseText = '';
  withCredentials = false;
  upload: { onprogress?: (event: { loaded: number; total: number; lengthComputable: boolean }) => void; onload?: () => void } = {};
  onload?: () => void;
  onerror?: () => void;
  onabort?: () => void;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
    FakeXhr.last = this;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
    this.upload.onprogress?.({ loaded: 1, total: 2, lengthComputable: true });
    if (FakeXhr.holdUntilAbort) return;
    this.upload.onload?.();
    this.status = 202;
    this.responseText = JSON.stringify({ type: 'async', metadata: { id: 'op1', status: 'Running' } });
    queueMicrotask(() => this.onload?.());
  }
  abort() {
    queueMicrotask(() => this.onabort?.());
  }
}

let lxd: Lxd;
let client: LxdClient;
let phases: ImportPhase[];

beforeEach(() => {
  lxd = { aliases: { busybox: OTHER }, images: [OTHER], operation: { status: 'Success', err: '', metadata: { fingerprint: FP, size: '10' } }, calls: [] };
  client = new LxdClient({ id: 'local', baseUrl: '', fetch: fakeFetch(lxd) });
  phases = [];
  FakeXhr.last = undefined;
  FakeXhr.holdUntilAbort = false;
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const input = (aliases: string[], signal = new AbortController().signal): ImportInput => ({
  request: { source: { kind: 'unified', file: new File(['xx'], 'image.tar.gz') }, aliases, public: true, properties: { os: 'Busybox' } },
  signal,
  onPhase: (phase) => phases.push(phase),
  onProgress: () => undefined,
});

describe('importImage', () => {
  it('uploads to the project, waits for LXD, then creates the aliases on the fingerprint LXD computed', async () => {
    const result = await importImage(client, 'web', input(['bb', 'bb2']));
    expect(FakeXhr.last?.url).toBe('/1.0/images?project=web');
    expect(FakeXhr.last?.headers).toMatchObject({ 'X-LXD-public': 'true', 'X-LXD-filename': 'image.tar.gz', 'X-LXD-properties': 'os=Busybox' });
    expect(result).toMatchObject({ fingerprint: FP, aliases: ['bb', 'bb2'], aliasFailures: [] });
    expect(lxd.aliases).toMatchObject({ bb: FP, bb2: FP });
    expect(phases).toEqual(['checking', 'uploading', 'processing', 'processing', 'aliases']);
  });

  it('refuses before uploading when an alias exists, naming its image', async () => {
    const attempt = importImage(client, 'default', input(['new', 'busybox']));
    await expect(attempt).rejects.toMatchObject({ reason: 'alias-taken', takenAliases: [{ name: 'busybox', target: OTHER }] });
    expect(FakeXhr.last).toBeUndefined();
  });

  it('passes on LXD\'s refusal and creates no alias', async () => {
    lxd.operation = { status: 'Failure', err: 'Unsupported compression', metadata: null };
    await expect(importImage(client, 'default', input(['bb']))).rejects.toMatchObject({ reason: 'refused', message: 'Unsupported compression' });
    expect(lxd.aliases.bb).toBeUndefined();
    expect(lxd.calls.some((call) => call.startsWith('POST /1.0/images/aliases'))).toBe(false);
  });

  it('names the image that is there already when LXD says so', async () => {
    lxd.operation = { status: 'Failure', err: 'Image with same fingerprint already exists', metadata: { fingerprint: OTHER, size: '1' } };
    const error = await importImage(client, 'default', input([])).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ existingFingerprint: OTHER });
  });

  it('on Cancel, aborts the upload and checks that LXD holds no new image', async () => {
    FakeXhr.holdUntilAbort = true;
    const controller = new AbortController();
    const attempt = importImage(client, 'default', {
      ...input(['bb'], controller.signal),
      onPhase: (phase) => {
        phases.push(phase);
        if (phase === 'uploading') queueMicrotask(() => controller.abort());
      },
    });
    await expect(attempt).rejects.toMatchObject({ reason: 'cancelled', leftovers: [] });
    expect(phases.at(-1)).toBe('checking-leftovers');
    expect(lxd.calls.filter((call) => call === 'GET /1.0/images?project=default')).toHaveLength(2);
  });

  it('a Cancel while the aliases are checked sends nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(importImage(client, 'default', input(['bb'], controller.signal))).rejects.toMatchObject({ reason: 'cancelled', leftovers: [] });
    expect(FakeXhr.last).toBeUndefined();
  });

  it('keeps the image and reports the alias LXD refused after the upload', async () => {
    lxd.aliasRefusal = 'Alias already exists';
    const result = await importImage(client, 'default', input(['late']));
    expect(result).toMatchObject({ fingerprint: FP, aliases: [], aliasFailures: [{ name: 'late', message: 'Alias already exists' }] });
  });
});
