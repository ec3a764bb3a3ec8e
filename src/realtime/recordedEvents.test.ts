import { describe, expect, it } from 'vitest';
import recordedEvents from '@/lxd/__fixtures__/events-start-stop.json';
import type { LxdEvent } from '@/lxd';
import { cacheUpdatesForEvent } from './eventRouter';

describe('events recorded from LXD 5.0 (start, then a clean stop)', () => {
  const events = recordedEvents as unknown as LxdEvent[];
  const statusUpdates = events
    .flatMap((event) => cacheUpdatesForEvent('local', event))
    .filter((update) => update.kind === 'set-instance-status');

  it('turns the lifecycle events into Running, then Stopped', () => {
    expect(statusUpdates.map((update) => update.kind === 'set-instance-status' && update.status)).toEqual([
      'Running',
      'Stopped',
    ]);
  });

  it('patches the operations list on operation events instead of re-reading it', () => {
    const operationEvents = events.filter((event) => event.type === 'operation');
    expect(operationEvents.length).toBeGreaterThan(0);
    for (const event of operationEvents) {
      expect(cacheUpdatesForEvent('local', event)).toEqual([
        expect.objectContaining({ kind: 'upsert-operation', queryKey: ['local', 'operations', 'list'] }),
      ]);
    }
  });
});
