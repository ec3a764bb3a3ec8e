import { describe, expect, it } from 'vitest';
import { LxdError } from '@/lxd';
import { scriptedClient, type ScriptedAnswer, type ScriptedCall } from '@/lxd/testing/scripted';
import { createInstance, createdInstanceName, updateInstance, type CreateProgress } from './configMutations';

type Call = ScriptedCall;
type Answer = ScriptedAnswer;
const fakeClient = scriptedClient;

const operation = (id: string, status: string, extra: Record<string, unknown> = {}) => ({
  id,
  class: 'task',
  description: 'Creating instance',
  created_at: '',
  updated_at: '',
  status,
  status_code: status === 'Success' ? 200 : status === 'Failure' ? 400 : 103,
  resources: { instances: ['/1.0/instances/web'] },
  metadata: null,
  may_cancel: false,
  err: '',
  location: 'none',
  ...extra,
});
const async = (op: ReturnType<typeof operation>): Answer => ({
  status: 202,
  body: { type: 'async', status: 'Operation created', status_code: 100, operation: `/1.0/operations/${op.id}`, error_code: 0, error: '', metadata: op },
});
const sync = (metadata: unknown, headers?: Record<string, string>): Answer => ({
  status: 200,
  body: { type: 'sync', status: 'Success', status_code: 200, operation: '', error_code: 0, error: '', metadata },
  headers,
});

describe('createInstance', () => {
  it('creates, waits, starts and reports each step with its operation', async () => {
    const calls: Call[] = [];
    const client = fakeClient(
      {
        'POST /1.0/instances': [async(operation('op-create', 'Running'))],
        'GET /1.0/operations/op-create/wait': [sync(operation('op-create', 'Success'))],
        'PUT /1.0/instances/web/state': [async(operation('op-start', 'Running'))],
        'GET /1.0/operations/op-start/wait': [sync(operation('op-start', 'Success'))],
      },
      calls,
    );
    const steps: CreateProgress[] = [];
    const body = { name: 'web', source: { type: 'image' as const, fingerprint: 'abc' } };
    const result = await createInstance(client, 'staging', { body, start: true }, (step) => steps.push(step));

    expect(result).toEqual({ name: 'web' });
    expect(steps).toEqual([
      { step: 'create' },
      { step: 'create', operationId: 'op-create' },
      { step: 'start' },
      { step: 'start', operationId: 'op-start' },
    ]);
    expect(calls.map((call) => `${call.method} ${call.path.split('&')[0]}`)).toEqual([
      'POST /1.0/instances?project=staging',
      'GET /1.0/operations/op-create/wait?project=staging',
      'PUT /1.0/instances/web/state?project=staging',
      'GET /1.0/operations/op-start/wait?project=staging',
    ]);
    expect(calls[0]?.body).toEqual(body);
    expect(calls[2]?.body).toEqual({ action: 'start', timeout: 30 });
  });

  it("throws LXD's message when the create operation fails (a name that exists)", async () => {
    const err = 'Failed creating instance record: Add instance info to the database: This "instances" entry already exists';
    const client = fakeClient(
      {
        'POST /1.0/instances': [async(operation('op', 'Running'))],
        'GET /1.0/operations/op/wait': [sync(operation('op', 'Failure', { err }))],
      },
      [],
    );
    const error = await createInstance(client, 'default', { body: { name: 'web', source: { type: 'image' } }, start: true }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(LxdError);
    expect((error as LxdError).message).toBe(err);
    expect((error as LxdError).kind).toBe('operation');
  });

  it('reports a start failure without failing the create: the instance exists', async () => {
    const client = fakeClient(
      {
        'POST /1.0/instances': [async(operation('op', 'Running'))],
        'GET /1.0/operations/op/wait': [sync(operation('op', 'Success'))],
        'PUT /1.0/instances/web/state': [
          { status: 500, body: { type: 'error', error: 'Failed to start device "eth0"', error_code: 500 } },
        ],
      },
      [],
    );
    const result = await createInstance(client, 'default', { body: { name: 'web', source: { type: 'image' } }, start: true });
    expect(result.name).toBe('web');
    expect(result.startError?.message).toBe('Failed to start device "eth0"');
  });

  it('takes the name LXD picked when none was given', async () => {
    const created = operation('op', 'Success', { resources: { instances: ['/1.0/instances/national-bass'] } });
    const client = fakeClient(
      { 'POST /1.0/instances': [async(operation('op', 'Running'))], 'GET /1.0/operations/op/wait': [sync(created)] },
      [],
    );
    const result = await createInstance(client, 'default', { body: { source: { type: 'image' } }, start: false });
    expect(result).toEqual({ name: 'national-bass' });
  });
});

describe('createdInstanceName', () => {
  it('reads the name from the operation resources, with or without a project', () => {
    expect(createdInstanceName({ resources: { instances: ['/1.0/instances/a-b?project=x'] } })).toBe('a-b');
    expect(createdInstanceName({ resources: null })).toBeUndefined();
  });
});

describe('updateInstance', () => {
  const body = { config: { 'limits.cpu': '2' }, devices: {}, profiles: ['default'], ephemeral: false, description: '' };

  it('sends If-Match, waits, and returns the instance read back with its new ETag', async () => {
    const calls: Call[] = [];
    const client = fakeClient(
      {
        'PUT /1.0/instances/web': [async(operation('op', 'Running'))],
        'GET /1.0/operations/op/wait': [sync(operation('op', 'Success'))],
        'GET /1.0/instances/web': [sync({ name: 'web', config: body.config }, { ETag: '"new"' })],
      },
      calls,
    );
    const fresh = await updateInstance(client, 'default', 'web', { body, etag: '"old"' });
    expect(calls[0]?.headers['If-Match']).toBe('"old"');
    expect(calls[0]?.body).toEqual(body);
    expect(fresh.etag).toBe('"new"');
  });

  it('turns a 412 into a conflict error', async () => {
    const client = fakeClient(
      {
        'PUT /1.0/instances/web': [
          { status: 412, body: { type: 'error', error: "ETag doesn't match: abc vs def", error_code: 412 } },
        ],
      },
      [],
    );
    const error = await updateInstance(client, 'default', 'web', { body, etag: 'def' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LxdError);
    expect((error as LxdError).isConflict).toBe(true);
  });
});
