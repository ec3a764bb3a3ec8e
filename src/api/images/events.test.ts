import { describe, expect, it } from 'vitest';
import type { LifecycleEventInfo } from '@/lxd';
import { imageEvents } from './events';

const FP = 'c'.repeat(64);
const event = (action: string, over: Partial<LifecycleEventInfo> = {}): LifecycleEventInfo => ({
  server: 's',
  action,
  project: 'default',
  path: [FP],
  name: FP,
  context: {},
  ...over,
});
const run = (info: LifecycleEventInfo) => imageEvents.actions?.[info.action]?.(info);

describe('image events', () => {
  it('names images by fingerprint and patches the image’s own query', () => {
    expect(imageEvents.idField).toBe('fingerprint');
    expect(imageEvents.detail?.('s', 'default', FP)).toEqual(['s', 'project', 'default', 'images', 'detail', FP]);
  });

  it('a refresh reads that image alone into the list and marks its page', () => {
    expect(run(event('image-refreshed'))).toEqual([
      { kind: 'refresh-list-item', queryKey: ['s', 'project', 'default', 'images', 'list'], path: `/1.0/images/${FP}`, project: 'default', id: FP, idField: 'fingerprint' },
      { kind: 'invalidate', queryKey: ['s', 'project', 'default', 'images', 'detail', FP] },
    ]);
  });

  it('an alias event naming its target touches that image only', () => {
    const updates = run(event('image-alias-updated', { path: ['aliases', 'web'], name: 'aliases', context: { target: FP } }));
    expect(updates?.map((update) => update.kind)).toEqual(['refresh-list-item', 'invalidate']);
    expect(updates?.[1]).toEqual({ kind: 'invalidate', queryKey: ['s', 'project', 'default', 'images', 'detail', FP] });
  });

  it('an alias event without a target (LXD 5.0 renames and deletes) marks the list and the image pages', () => {
    for (const action of ['image-alias-renamed', 'image-alias-deleted', 'image-alias-created']) {
      expect(run(event(action, { path: ['aliases', 'web'], name: 'aliases', project: 'p2' }))).toEqual([
        { kind: 'invalidate', queryKey: ['s', 'project', 'p2', 'images', 'list'] },
        { kind: 'invalidate', queryKey: ['s', 'project', 'p2', 'images', 'detail'] },
      ]);
    }
  });

  it('an export link for an untrusted client changes nothing', () => {
    expect(run(event('image-secret-created'))).toEqual([]);
  });
});
