import { describe, expect, it } from 'vitest';
import { LxdClient, LxdError } from '@/lxd';
import { updateObject } from './objectUpdate';

interface Call {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

type Answer = { status: number; body: unknown; headers?: Record<string, string> };

function fakeClient(answers: Record<string, Answer[]>, calls: Call[]) {
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(String(input), 'https://lxd.invalid');
    const method = init?.method ?? 'GET';
    calls.push({
      method,
      path: `${url.pathname}${url.search}`,
      headers: (init?.headers ?? {}) as Record<string, string>,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    });
    const answer = answers[`${method} ${url.pathname}`]?.shift();
    if (!answer) throw new TypeError(`unexpected ${method} ${url.pathname}`);
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: answer.headers });
  };
  return new LxdClient({ id: 'local', baseUrl: '', fetch });
}

const sync = (metadata: unknown, headers?: Record<string, string>): Answer => ({
  status: 200,
  body: { type: 'sync', status: 'Success', status_code: 200, operation: '', error_code: 0, error: '', metadata },
  headers,
});

describe('updateObject', () => {
  it('a synchronous PUT (profiles, projects, the server): If-Match, then the read-back with its new ETag', async () => {
    const calls: Call[] = [];
    const body = { description: 'web', config: { 'limits.cpu': '2' }, devices: {} };
    const client = fakeClient(
      {
        'PUT /1.0/profiles/web': [sync({})],
        'GET /1.0/profiles/web': [sync({ name: 'web', ...body }, { ETag: '"new"' })],
      },
      calls,
    );
    const fresh = await updateObject(client, '/1.0/profiles/web', 'staging', { body, etag: '"old"' });
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      'PUT /1.0/profiles/web?project=staging',
      'GET /1.0/profiles/web?project=staging',
    ]);
    expect(calls[0]?.headers['If-Match']).toBe('"old"');
    expect(calls[0]?.body).toEqual(body);
    expect(fresh).toEqual({ data: { name: 'web', ...body }, etag: '"new"' });
  });

  it('objects outside projects are written without ?project=, and a 412 is a conflict', async () => {
    const calls: Call[] = [];
    const client = fakeClient(
      { 'PUT /1.0': [{ status: 412, body: { type: 'error', error: "ETag doesn't match: a vs b", error_code: 412 } }] },
      calls,
    );
    const error = await updateObject(client, '/1.0', undefined, { body: { config: {} }, etag: 'b' }).catch((caught: unknown) => caught);
    expect(calls[0]?.path).toBe('/1.0');
    expect(error).toBeInstanceOf(LxdError);
    expect((error as LxdError).isConflict).toBe(true);
  });
});
