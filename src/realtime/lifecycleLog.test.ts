import { beforeEach, describe, expect, it } from 'vitest';
import recorded from './__fixtures__/lifecycle-events.json';
import type { LxdEvent } from '@/lxd';
import { loggedEvent, recordLifecycleEvent, useLifecycleLogStore } from './lifecycleLog';

// Real LXD 5.0 events, recorded step by step by scripts/record-lifecycle-events.mjs.
const events = (recorded as unknown as { step: string; events: LxdEvent[] }[]).flatMap((step) => step.events);
const lifecycle = (action: string, source: string, extra: Partial<LxdEvent> = {}): LxdEvent =>
  ({ type: 'lifecycle', timestamp: '2026-12-03T08:00:00Z', metadata: { action, source }, ...extra }) as LxdEvent;

describe('lifecycle log', () => {
  beforeEach(() => useLifecycleLogStore.setState({ events: {} }));

  it('keeps what each real lifecycle event names and skips operations and reads', () => {
    const logged = events.map(loggedEvent).filter((entry) => entry !== undefined);
    expect(logged.length).toBeGreaterThan(5);
    expect(logged.map((entry) => entry.action)).toContain('instance-created');
    expect(logged.some((entry) => /-retrieved$|^instance-exec$/.test(entry.action))).toBe(false);
    const created = logged.find((entry) => entry.action === 'instance-created');
    expect(created).toMatchObject({ collection: 'instances', object: 'ev-c1', project: 'default' });
    expect(loggedEvent(lifecycle('instance-log-retrieved', '/1.0/instances/c1/logs/lxc.log'))).toBeUndefined();
  });

  it('reads the project from the source and names nested objects by their path', () => {
    expect(loggedEvent(lifecycle('instance-snapshot-created', '/1.0/instances/web/snapshots/s0?project=stage'))).toMatchObject({
      collection: 'instances',
      object: 'web/snapshots/s0',
      project: 'stage',
    });
  });

  it('keeps the newest first and no more than the limit per server', () => {
    for (let i = 0; i < 120; i += 1) recordLifecycleEvent('local', lifecycle('instance-started', `/1.0/instances/c${i}`), 50);
    recordLifecycleEvent('other', lifecycle('instance-stopped', '/1.0/instances/x'), 50);
    const kept = useLifecycleLogStore.getState().events.local ?? [];
    expect(kept).toHaveLength(50);
    expect(kept[0]?.object).toBe('c119');
    expect(kept[49]?.object).toBe('c70');
    expect(useLifecycleLogStore.getState().events.other).toHaveLength(1);
  });
});
