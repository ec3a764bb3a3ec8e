import { describe, expect, it } from 'vitest';
import crossSiteRefused from './__fixtures__/cross-site-refused.json';
import instance from './__fixtures__/instance.json';
import instanceStartAsync from './__fixtures__/instance-start-async.json';
import instances from './__fixtures__/instances.json';
import notFound from './__fixtures__/not-found.json';
import waitFailure from './__fixtures__/operation-wait-failure.json';
import waitSuccess from './__fixtures__/operation-wait-success.json';
import preconditionFailed from './__fixtures__/precondition-failed.json';
import serverTrusted from './__fixtures__/server-trusted.json';
import serverUntrusted from './__fixtures__/server-untrusted.json';
import { LxdClient } from './client';
import { LxdError } from './errors';
import { detectFeatures } from './features';
import { replayFetch, type RecordedResponse, type ReplayCall } from './testing/replay';
import type { LxdInstance, LxdServer } from './types';

function clientFor(recordings: unknown[], calls: ReplayCall[] = []) {
  return new LxdClient({ id: 'local', baseUrl: '', fetch: replayFetch(recordings as RecordedResponse[], calls) });
}

async function failure(promise: Promise<unknown>): Promise<LxdError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LxdError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('LxdClient against recorded LXD 5.0 responses', () => {
  it('reads the server and detects features from api_extensions', async () => {
    const { data } = await clientFor([serverTrusted]).get<LxdServer>('/1.0');
    expect(data.auth).toBe('trusted');
    expect(detectFeatures(data).certificateToken).toBe(true);
    expect(detectFeatures({ api_extensions: [] }).certificateToken).toBe(false);
  });

  it('sees an untrusted browser as such', async () => {
    const { data } = await clientFor([serverUntrusted]).get<LxdServer>('/1.0');
    expect(data.auth).toBe('untrusted');
  });

  it('passes project and query parameters', async () => {
    const calls: ReplayCall[] = [];
    const { data } = await clientFor([instances], calls).get<LxdInstance[]>('/1.0/instances', {
      project: 'staging',
      query: { recursion: 1, filter: undefined },
    });
    expect(calls[0]?.url).toBe('/1.0/instances?project=staging&recursion=1');
    expect(data.length).toBeGreaterThan(0);
    expect(data[0]).toHaveProperty('status');
  });

  it('captures the ETag of a read and sends it as If-Match', async () => {
    const calls: ReplayCall[] = [];
    const client = clientFor([instance, preconditionFailed], calls);
    const read = await client.get<LxdInstance>(instance.request.path);
    expect(read.etag).toBe(instance.headers.etag);
    const error = await failure(client.request('PUT', preconditionFailed.request.path, { body: {}, etag: read.etag }));
    expect(calls[1]?.headers['If-Match']).toBe(instance.headers.etag);
    expect(error.isConflict).toBe(true);
    expect(error.message).toMatch(/ETag doesn't match/);
  });

  it("turns LXD's error envelope into an LxdError with LXD's message", async () => {
    const error = await failure(clientFor([notFound]).get('/1.0/instances/does-not-exist'));
    expect(error).toMatchObject({ status: 404, code: 404, message: 'Instance not found', kind: 'http' });
    expect(error.isNotFound).toBe(true);
    expect(error.url).toBe('/1.0/instances/does-not-exist');
  });

  it('recognises the refusal of cross-site requests', async () => {
    const error = await failure(clientFor([crossSiteRefused]).get('/1.0/instances'));
    expect(error.status).toBe(403);
    expect(error.isCrossSiteRefusal).toBe(true);
  });

  it('waits for the operation of an async write', async () => {
    const operationId = instanceStartAsync.body.metadata.id;
    const wait = { ...waitSuccess, request: { ...waitSuccess.request, path: `/1.0/operations/${operationId}/wait` } };
    const calls: ReplayCall[] = [];
    const result = await clientFor([instanceStartAsync, wait], calls).run('PUT', instanceStartAsync.request.path, {
      body: { action: 'start' },
    });
    expect(result.operation?.status).toBe('Success');
    expect(calls.map((call) => call.method)).toEqual(['PUT', 'GET']);
    expect(calls[1]?.url).toMatch(new RegExp(`/1.0/operations/${operationId}/wait\\?timeout=\\d+`));
  });

  it("fails with the operation's own error when it ends in Failure", async () => {
    const error = await failure(clientFor([waitFailure]).waitOperation(waitFailure.body.metadata.id));
    expect(error.kind).toBe('operation');
    expect(error.message).toBe(waitFailure.body.metadata.err);
    expect(error.message.length).toBeGreaterThan(0);
  });

  it('reports an unreachable server as a network error', async () => {
    const client = new LxdClient({
      id: 'local',
      baseUrl: '',
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    const error = await failure(client.get('/1.0'));
    expect(error.kind).toBe('network');
    expect(error.isUnreachable).toBe(true);
  });

  it("takes a gateway's 502/503/504 for an unreachable server, and LXD's own 503 for LXD's answer", async () => {
    const answering = (status: number, body: string, contentType: string) =>
      new LxdClient({ id: 'local', baseUrl: '', fetch: async () => new Response(body, { status, headers: { 'Content-Type': contentType } }) });
    // A proxy between the page and LXD (here a TLS terminator) that could not reach it.
    const gateway = await failure(answering(503, 'Proxy error: read ECONNRESET', 'text/html').request('POST', '/1.0/instances', { body: {} }));
    expect(gateway.kind).toBe('network');
    expect(gateway.isUnreachable).toBe(true);
    expect(gateway.message).toBe('Proxy error: read ECONNRESET');
    expect((await failure(answering(502, '<h1>Bad gateway</h1>', 'text/html').getText('/1.0/instances/c1/logs/x'))).kind).toBe('network');
    expect((await failure(answering(504, '', 'text/plain').requestRaw('GET', '/1.0/instances/c1/files?path=/x'))).kind).toBe('network');
    // LXD's own refusal, even a 503, is LXD's answer.
    const lxd = await failure(
      answering(503, JSON.stringify({ type: 'error', error: 'Server is not ready', error_code: 503 }), 'application/json').get('/1.0/instances'),
    );
    expect(lxd.kind).toBe('http');
    expect(lxd.message).toBe('Server is not ready');
    // Another status without LXD's envelope stays an answer (the router's "404 page not found").
    expect((await failure(answering(404, '404 page not found', 'text/plain').get('/1.0/nope'))).kind).toBe('http');
  });

  it('gives up on a server that does not answer within the timeout', async () => {
    const client = new LxdClient({
      id: 'local',
      baseUrl: '',
      timeoutMs: 20,
      fetch: (_input, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
    });
    const error = await failure(client.get('/1.0'));
    expect(error.kind).toBe('timeout');
    expect(error.message).toMatch(/did not answer/);
  });

  it('builds websocket URLs on the same origin', () => {
    const client = new LxdClient({ id: 'local', baseUrl: 'https://lxd.example:8443' });
    expect(client.websocketUrl('/1.0/events', { query: { type: 'lifecycle' } })).toBe(
      'wss://lxd.example:8443/1.0/events?type=lifecycle',
    );
  });
});
