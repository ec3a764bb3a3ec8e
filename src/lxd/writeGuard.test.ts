import { afterEach, describe, expect, it } from 'vitest';
import { LxdClient } from './client';
import { LxdError } from './errors';
import { uploadFile } from './files';
import { assertWriteAllowed, setWriteGuard } from './writeGuard';

const okEnvelope = { type: 'sync', status: 'Success', status_code: 200, metadata: {} };

function recordingClient(sent: string[]) {
  return new LxdClient({
    id: 'local',
    baseUrl: '',
    fetch: async (input, init) => {
      sent.push(`${init?.method ?? 'GET'} ${String(input)}`);
      return new Response(JSON.stringify(okEnvelope), { status: 200, headers: { 'Content-Type': 'application/json' } });
    },
  });
}

async function refusal(promise: Promise<unknown>): Promise<LxdError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LxdError) return error;
    throw error;
  }
  throw new Error('expected the call to be refused');
}

describe('the write guard (read-only mode)', () => {
  afterEach(() => setWriteGuard(undefined));

  it('lets every request through when no guard is set', async () => {
    const sent: string[] = [];
    await recordingClient(sent).request('POST', '/1.0/instances', { body: {} });
    expect(sent).toEqual(['POST /1.0/instances']);
  });

  it('refuses POST, PUT, PATCH and DELETE before anything is sent, with a clear message', async () => {
    setWriteGuard(() => 'read-only mode');
    const sent: string[] = [];
    const client = recordingClient(sent);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'post']) {
      const error = await refusal(client.request(method, '/1.0/instances/web-01', { project: 'p', body: {} }));
      expect(error.kind).toBe('refused');
      expect(error.message).toBe(`Not sent: ${method.toUpperCase()} /1.0/instances/web-01 is a change, and this page is in read-only mode.`);
    }
    const raw = await refusal(client.requestRaw('DELETE', '/1.0/instances/web-01/files', { query: { path: '/x' } }));
    expect(raw.kind).toBe('refused');
    const run = await refusal(client.run('PUT', '/1.0', { body: {} }));
    expect(run.kind).toBe('refused');
    expect(sent).toEqual([]);
  });

  it('still sends reads (GET, HEAD) in read-only mode', async () => {
    setWriteGuard(() => 'read-only mode');
    const sent: string[] = [];
    const client = recordingClient(sent);
    await client.get('/1.0/instances', { query: { recursion: 1 } });
    await client.requestRaw('HEAD', '/1.0/instances/web-01/files', { query: { path: '/' } });
    expect(sent).toEqual(['GET /1.0/instances?recursion=1', 'HEAD /1.0/instances/web-01/files?path=%2F']);
  });

  it('asks the guard with the method and address, so it can let some writes through', async () => {
    const asked: string[] = [];
    setWriteGuard((method, url) => {
      asked.push(`${method} ${url}`);
      return url.includes('/instances') ? 'read-only mode' : undefined;
    });
    const sent: string[] = [];
    const client = recordingClient(sent);
    await client.request('POST', '/1.0/profiles', { body: {} });
    await refusal(client.request('POST', '/1.0/instances', { body: {} }));
    expect(asked).toEqual(['POST /1.0/profiles', 'POST /1.0/instances']);
    expect(sent).toEqual(['POST /1.0/profiles']);
  });

  it('refuses an upload before the request is opened', async () => {
    setWriteGuard(() => 'read-only mode');
    const error = await refusal(uploadFile({ url: '/1.0/images', body: new Blob(['x']), headers: {} }));
    expect(error.kind).toBe('refused');
    expect(() => assertWriteAllowed('GET', '/1.0')).not.toThrow();
  });
});
