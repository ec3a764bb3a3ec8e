import { describe, expect, it } from 'vitest';
import { LxdError } from '@/lxd';
import { scriptedClient, type ScriptedAnswer, type ScriptedCall } from '@/lxd/testing/scripted';
import { updateObject } from './objectUpdate';

type Call = ScriptedCall;
type Answer = ScriptedAnswer;
const fakeClient = scriptedClient;

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
