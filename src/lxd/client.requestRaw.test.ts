import { describe, expect, it } from 'vitest';
import { LxdClient } from './client';
import { LxdError } from './errors';

interface Seen {
  url: string;
  init: RequestInit | undefined;
}

function fakeFetch(response: () => Response, seen: Seen[] = []): typeof fetch {
  return async (input, init) => {
    seen.push({ url: String(input), init });
    return response();
  };
}

const BYTES = Uint8Array.from({ length: 256 }, (_, index) => index);

describe('LxdClient.requestRaw', () => {
  it('returns the bytes untouched with the headers, and sends its own headers and query', async () => {
    const seen: Seen[] = [];
    const client = new LxdClient({
      id: 'local',
      baseUrl: '',
      fetch: fakeFetch(
        () => new Response(BYTES, { status: 200, headers: { 'X-LXD-type': 'file', 'X-LXD-mode': '0644' } }),
        seen,
      ),
    });
    const answer = await client.requestRaw('GET', '/1.0/instances/c1/files', {
      project: 'staging',
      query: { path: '/root/a b' },
      headers: { Range: 'bytes=0-0' },
    });
    expect(answer.status).toBe(200);
    expect(Array.from(answer.bytes)).toEqual(Array.from(BYTES));
    expect(answer.headers.get('X-LXD-type')).toBe('file');
    expect(seen[0]?.url).toBe('/1.0/instances/c1/files?project=staging&path=%2Froot%2Fa+b');
    expect(seen[0]?.init?.headers).toEqual({ Range: 'bytes=0-0' });
    expect(seen[0]?.init?.method).toBe('GET');
  });

  it('accepts the statuses it is told are answers', async () => {
    const client = new LxdClient({
      id: 'local',
      baseUrl: '',
      fetch: fakeFetch(() => new Response('', { status: 416, headers: { 'Content-Range': 'bytes */0' } })),
    });
    const answer = await client.requestRaw('GET', '/1.0/instances/c1/files', { okStatuses: [416] });
    expect(answer.status).toBe(416);
  });

  it("turns LXD's error envelope into an LxdError", async () => {
    const body = JSON.stringify({
      type: 'error',
      error_code: 500,
      error: 'sftp: "remove /root/d: directory not empty" (SSH_FX_FAILURE)',
      metadata: null,
    });
    const client = new LxdClient({ id: 'local', baseUrl: '', fetch: fakeFetch(() => new Response(body, { status: 500 })) });
    const error = await client.requestRaw('DELETE', '/1.0/instances/c1/files').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LxdError);
    expect(error).toMatchObject({ status: 500, message: 'sftp: "remove /root/d: directory not empty" (SSH_FX_FAILURE)' });
  });

  it('reports an error to HEAD (no body) by its status', async () => {
    const client = new LxdClient({ id: 'local', baseUrl: '', fetch: fakeFetch(() => new Response(null, { status: 404 })) });
    const error = (await client.requestRaw('HEAD', '/1.0/instances/c1/files').catch((caught: unknown) => caught)) as LxdError;
    expect(error.isNotFound).toBe(true);
  });
});
