import { describe, expect, it } from 'vitest';
import { cacheUpdatesForEvent } from '@/realtime/eventRouter';
import { summarize } from '@/realtime/eventRegistry.testing';
import type { LxdEvent } from '@/lxd';

const lifecycle = (action: string, source: string, context?: Record<string, unknown>): LxdEvent => ({
  type: 'lifecycle',
  timestamp: '2026-12-02T10:00:00Z',
  project: 'p1',
  metadata: { action, source, ...(context ? { context } : {}), requestor: { username: 'root', protocol: 'unix' } },
});

const summary = (event: LxdEvent) => cacheUpdatesForEvent('s', event).map(summarize);

describe('network events', () => {
  it('a rename moves the network in the list and re-reads both pages', () => {
    expect(summary(lifecycle('network-renamed', '/1.0/networks/br2?project=p1', { old_name: 'br1' }))).toEqual([
      'rename s/project/p1/networks/list br1 -> br2',
      'rename s/project/p1/networks/names br1 -> br2',
      'invalidate s/project/p1/networks/detail/br1',
      'invalidate s/project/p1/networks/detail/br2',
    ]);
  });

  it('a forward change reads its network alone and re-reads its page (forwards included), never the list', () => {
    expect(summary(lifecycle('network-forward-created', '/1.0/networks/br1/forwards/198.51.100.5?project=p1'))).toEqual([
      'refresh s/project/p1/networks/list br1 from /1.0/networks/br1?project=p1',
      'invalidate s/project/p1/networks/detail/br1',
    ]);
  });

  it('an ACL update re-reads that ACL only', () => {
    expect(summary(lifecycle('network-acl-updated', '/1.0/network-acls/web?project=p1'))).toEqual([
      'refresh s/project/p1/network-acls/list web from /1.0/network-acls/web?project=p1',
      'invalidate s/project/p1/network-acls/detail/web',
    ]);
  });
});
