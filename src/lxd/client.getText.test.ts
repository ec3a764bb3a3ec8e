import { describe, expect, it } from 'vitest';
import { LxdClient } from './client';
import { LxdError } from './errors';

// Answers as LXD 5.0.2 did for GET /1.0/instances/<name>/logs/<file> (seen on the sandbox).
function fakeFetch(status: number, body: string, contentType: string, urls: string[] = []): typeof fetch {
  return async (input) => {
    urls.push(String(input));
    return new Response(body, { status, headers: { 'Content-Type': contentType } });
  };
}

const LOG_LINE = 'lxc c1 20261122105838.622 WARN     cgfsng - cgroups/cgfsng.c:__cgroup_tree_create:748 - File exists';

describe('LxdClient.getText', () => {
  it('returns a raw file body as text, with the project parameter', async () => {
    const urls: string[] = [];
    const client = new LxdClient({ id: 'local', baseUrl: '', fetch: fakeFetch(200, `${LOG_LINE}\n`, 'application/octet-stream', urls) });
    await expect(client.getText('/1.0/instances/c1/logs/lxc.log', { project: 'staging' })).resolves.toBe(`${LOG_LINE}\n`);
    expect(urls).toEqual(['/1.0/instances/c1/logs/lxc.log?project=staging']);
  });

  it('returns an empty file as an empty string', async () => {
    const client = new LxdClient({ id: 'local', baseUrl: '', fetch: fakeFetch(200, '', 'application/octet-stream') });
    await expect(client.getText('/1.0/instances/c1/logs/lxc.log')).resolves.toBe('');
  });

  it("turns LXD's error envelope into an LxdError with LXD's message", async () => {
    const envelope = JSON.stringify({
      type: 'error',
      status: '',
      status_code: 0,
      operation: '',
      error_code: 400,
      error: 'log file name nope.log not valid',
      metadata: null,
    });
    const client = new LxdClient({ id: 'local', baseUrl: '', fetch: fakeFetch(400, envelope, 'application/json') });
    const error = await client.getText('/1.0/instances/c1/logs/nope.log').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LxdError);
    expect(error).toMatchObject({ status: 400, code: 400, message: 'log file name nope.log not valid', kind: 'http' });
  });

  it('reports a 404 as not found', async () => {
    const envelope = JSON.stringify({ type: 'error', error_code: 404, error: 'Instance not found', metadata: null });
    const client = new LxdClient({ id: 'local', baseUrl: '', fetch: fakeFetch(404, envelope, 'application/json') });
    const error = await client.getText('/1.0/instances/gone/logs/lxc.log').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LxdError);
    expect((error as LxdError).isNotFound).toBe(true);
  });

  it('reports a transport failure as unreachable', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const client = new LxdClient({ id: 'local', baseUrl: '', fetch: failing });
    const error = await client.getText('/1.0/instances/c1/logs/lxc.log').catch((caught: unknown) => caught);
    expect((error as LxdError).isUnreachable).toBe(true);
  });
});
