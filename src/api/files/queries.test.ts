import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { LxdClient } from '@/lxd/client';
import { fileQueries } from './queries';

interface Call {
  method: string;
  path: string | null;
  range: string | undefined;
}

type Answer = { status: number; headers: Record<string, string>; body?: string };

/** Answers as LXD 5.0.2 did on the sandbox: metadata in X-LXD-* headers, sizes via Range. */
function fakeLxd(answer: (call: Call) => Answer, calls: Call[]) {
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(String(input), 'https://lxd.invalid');
    const headers = (init?.headers ?? {}) as Record<string, string>;
    const call = { method: init?.method ?? 'GET', path: url.searchParams.get('path'), range: headers.Range };
    calls.push(call);
    const { status, headers: responseHeaders, body } = answer(call);
    return new Response(call.method === 'HEAD' ? null : (body ?? ''), { status, headers: responseHeaders });
  };
  return new LxdClient({ id: 'local', baseUrl: '', fetch });
}

const meta = (type: string, mode = '0644') => ({ 'X-LXD-type': type, 'X-LXD-uid': '0', 'X-LXD-gid': '0', 'X-LXD-mode': mode });

describe('fileQueries.stat', () => {
  it('reads metadata with HEAD and the size of a regular file with a one-byte Range', async () => {
    const calls: Call[] = [];
    const client = fakeLxd(
      (call) =>
        call.method === 'HEAD'
          ? { status: 200, headers: meta('file') }
          : { status: 206, headers: { ...meta('file'), 'Content-Range': 'bytes 0-0/52428800' }, body: 'x' },
      calls,
    );
    const stat = await new QueryClient().fetchQuery(fileQueries.stat(client, 'default', 'c1', '/root', 'big', true));
    expect(stat).toEqual({ type: 'file', uid: 0, gid: 0, mode: '0644', size: 52428800 });
    expect(calls).toEqual([
      { method: 'HEAD', path: '/root/big', range: undefined },
      { method: 'GET', path: '/root/big', range: 'bytes=0-0' },
    ]);
  });

  it('stops at HEAD for folders and links, and under /dev', async () => {
    const calls: Call[] = [];
    const client = fakeLxd((call) => ({ status: 200, headers: meta(call.path === '/root/d' ? 'directory' : 'file', '0666') }), calls);
    const queryClient = new QueryClient();
    expect((await queryClient.fetchQuery(fileQueries.stat(client, 'default', 'c1', '/root', 'd', true))).type).toBe('directory');
    const device = await queryClient.fetchQuery(fileQueries.stat(client, 'default', 'c1', '/dev', 'console', true));
    expect(device.size).toBeUndefined();
    expect(calls.map((call) => call.method)).toEqual(['HEAD', 'HEAD']);
  });

  it('uses one ranged GET on a server without HEAD; an empty file answers 416', async () => {
    const calls: Call[] = [];
    const client = fakeLxd(() => ({ status: 416, headers: { ...meta('file'), 'Content-Range': 'bytes */0' } }), calls);
    const stat = await new QueryClient().fetchQuery(fileQueries.stat(client, 'default', 'c1', '/root', 'empty', false));
    expect(stat.size).toBe(0);
    expect(calls).toEqual([{ method: 'GET', path: '/root/empty', range: 'bytes=0-0' }]);
  });
});

describe('fileQueries.list', () => {
  it('lists a folder, sorted', async () => {
    const calls: Call[] = [];
    const envelope = JSON.stringify({ type: 'sync', status: 'Success', status_code: 200, metadata: ['link', 'sub', 'big', 'a.txt'] });
    const client = fakeLxd(() => ({ status: 200, headers: { ...meta('directory', '0755'), 'Content-Type': 'application/json' }, body: envelope }), calls);
    const listing = await new QueryClient().fetchQuery(fileQueries.list(client, 'default', 'c1', '/root/d'));
    expect(listing).toEqual({ kind: 'directory', names: ['a.txt', 'big', 'link', 'sub'] });
    expect(calls[0]?.range).toBe('bytes=0-0');
  });

  it('says when the path is a file, after reading one byte of it', async () => {
    const calls: Call[] = [];
    const client = fakeLxd(() => ({ status: 206, headers: { ...meta('file'), 'Content-Range': 'bytes 0-0/9' }, body: 'x' }), calls);
    const listing = await new QueryClient().fetchQuery(fileQueries.list(client, 'default', 'c1', '/root/a.txt'));
    expect(listing).toEqual({ kind: 'other', stat: { type: 'file', uid: 0, gid: 0, mode: '0644' } });
    expect(calls).toHaveLength(1);
  });
});
