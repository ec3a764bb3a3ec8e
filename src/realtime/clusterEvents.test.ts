import { describe, expect, it } from 'vitest';
import type { LxdEvent } from '@/lxd';
import { EVENT_REGISTRY } from './eventRegistry';
import { summarize } from './eventRegistry.testing';
import { cacheUpdatesForEvent } from './eventRouter';

// Seen from LXD 5.0.2 on a two-member cluster (`lxc monitor --type lifecycle`).
const lifecycle = (action: string, source: string, context?: Record<string, unknown>): LxdEvent => ({
  type: 'lifecycle',
  timestamp: '2026-12-03T04:50:00Z',
  project: 'default',
  location: 'member1',
  metadata: { action, source, ...(context ? { context } : {}), requestor: { username: 'root', protocol: 'unix' } },
});

const updates = (event: LxdEvent) => cacheUpdatesForEvent('s', event, EVENT_REGISTRY).map(summarize);

describe('cluster lifecycle events', () => {
  it('read the one member or group into its list', () => {
    expect(updates(lifecycle('cluster-member-updated', '/1.0/cluster/members/member2'))).toEqual([
      'refresh s/cluster/members/list member2 from /1.0/cluster/members/member2',
      'invalidate s/cluster/members/detail/member2',
    ]);
    expect(updates(lifecycle('cluster-group-created', '/1.0/cluster/groups/gtest'))).toEqual([
      'refresh s/cluster/groups/list gtest from /1.0/cluster/groups/gtest',
      'invalidate s/cluster/groups/detail/gtest',
    ]);
    expect(updates(lifecycle('cluster-group-deleted', '/1.0/cluster/groups/gtest'))[0]).toBe('remove s/cluster/groups/list gtest');
  });

  it('follow an instance moved between members: its temporary copy is renamed back to the instance', () => {
    expect(updates(lifecycle('instance-renamed', '/1.0/instances/ev1', { old_name: 'lxd-move-of-ceba2fa5' }))[0]).toMatch(
      /^rename s\/project\/default\/instances\/list lxd-move-of-ceba2fa5 -> ev1/,
    );
  });
});
