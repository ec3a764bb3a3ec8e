import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { LxdClient } from '@/lxd';
import { projectCollectionQueries, serverCollectionQueries } from './collection';

const keys = {
  list: (server: string, project?: string) => ['things', server, project ?? '', 'list'],
  detail: (server: string, project: string | undefined, name: string) => ['things', server, project ?? '', name],
};

/** A client whose early requests have answered `answers` (URL as the client writes it → metadata). */
function clientWith(given: Record<string, unknown>, sentAt = 1000) {
  const answers = new Map(Object.entries(given));
  const fetch = vi.fn(async () => new Response('{"type":"sync","metadata":[{"name":"from-lxd"}]}', { status: 200 }));
  const answered = vi.fn((url: string) => {
    if (!answers.has(url)) return undefined;
    const text = JSON.stringify({ type: 'sync', metadata: answers.get(url) });
    answers.delete(url);
    return { text, etag: null, sentAt };
  });
  return { client: new LxdClient({ id: 'local', baseUrl: '', fetch: fetch as typeof globalThis.fetch, answered }), fetch };
}

describe('collection list queries', () => {
  it('start with the early script’s answer, dated when it was asked for, and ask LXD nothing', async () => {
    const { client, fetch } = clientWith({ '/1.0/profiles?project=p&recursion=1': [{ name: 'early' }] });
    const queries = new QueryClient();
    const list = projectCollectionQueries<{ name: string }>('/1.0/profiles', { list: keys.list, detail: keys.detail }).list(client, 'p');
    expect(await queries.ensureQueryData(list)).toEqual([{ name: 'early' }]);
    expect(queries.getQueryState(list.queryKey)?.dataUpdatedAt).toBe(1000);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('read LXD when the early script has no answer (or it was taken), a server-wide list too', async () => {
    const { client, fetch } = clientWith({});
    const queries = new QueryClient();
    const list = serverCollectionQueries<{ name: string }>('/1.0/projects', {
      list: (server) => keys.list(server),
      detail: (server, name) => keys.detail(server, undefined, name),
    }).list(client);
    expect(await queries.fetchQuery(list)).toEqual([{ name: 'from-lxd' }]);
    expect(fetch).toHaveBeenCalledWith('/1.0/projects?recursion=1', expect.anything());
  });
});
