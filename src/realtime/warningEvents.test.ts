import { describe, expect, it } from 'vitest';
import { warningKeys } from '@/api/warnings/keys';
import type { LxdEvent } from '@/lxd';
import { cacheUpdatesForEvent } from './eventRouter';

const UUID = 'b7641c3e-aa50-4b86-8492-d6bc62c287a6';

function lifecycle(action: string): LxdEvent {
  return {
    type: 'lifecycle',
    timestamp: '2026-12-03T05:00:00Z',
    metadata: { action, source: `/1.0/warnings/${UUID}`, requestor: { username: 'root', protocol: 'unix' } },
  };
}

describe('warning events', () => {
  it('acknowledged or reset: that one warning is read into the list (the shell count follows)', () => {
    for (const action of ['warning-acknowledged', 'warning-reset']) {
      expect(cacheUpdatesForEvent('local', lifecycle(action))).toEqual([
        { kind: 'refresh-list-item', queryKey: warningKeys.list('local'), path: `/1.0/warnings/${UUID}`, id: UUID, idField: 'uuid' },
      ]);
    }
  });

  it('deleted: taken out of the list, nothing read', () => {
    const updates = cacheUpdatesForEvent('local', lifecycle('warning-deleted'));
    expect(updates).toContainEqual(expect.objectContaining({ kind: 'remove-list-item', queryKey: warningKeys.list('local'), id: UUID }));
    expect(updates.filter((update) => update.kind === 'refresh-list-item')).toEqual([]);
  });
});
