import { describe, expect, it } from 'vitest';
import type { LxdWarning } from '@/api/warnings/types';
import type { LxdInstance } from '@/lxd';
import { attentionItems, firstOf, openWarnings, shortAction, statusCounts } from './wallModel';

const instance = (name: string, status: string, config: Record<string, string> = {}, project = 'default') =>
  ({ name, status, project, config: {}, expanded_config: config }) as unknown as LxdInstance;

describe('statusCounts', () => {
  it('counts each status, the usual ones always present', () => {
    const counts = statusCounts([instance('a', 'Running'), instance('b', 'Running'), instance('c', 'Stopped'), instance('d', 'Starting')]);
    expect([...counts]).toEqual([
      ['Running', 2],
      ['Stopped', 1],
      ['Frozen', 0],
      ['Error', 0],
      ['Starting', 1],
    ]);
  });
});

describe('attentionItems', () => {
  it('lists instances in error and stopped ones that should autostart, errors first', () => {
    const items = attentionItems([
      instance('ok', 'Running', { 'boot.autostart': 'true' }),
      instance('idle', 'Stopped'),
      instance('down', 'Stopped', { 'boot.autostart': 'true' }, 'b'),
      instance('off', 'Stopped', { 'boot.autostart': 'false' }),
      instance('broken', 'Error', {}, 'z'),
    ]);
    expect(items.map((item) => `${item.project}/${item.name}: ${item.reason}`)).toEqual(['z/broken: in error', 'b/down: stopped, autostart on']);
  });
});

describe('openWarnings', () => {
  const warning = (severity: string, status: string, last: string) =>
    ({ uuid: `${severity}${status}${last}`, severity, status, last_seen_at: last, last_message: 'm' }) as LxdWarning;
  it('counts unresolved warnings by severity, the most severe and latest first', () => {
    const { counts, recent } = openWarnings([
      warning('low', 'new', '2026-12-03T08:00:00Z'),
      warning('high', 'resolved', '2026-12-03T09:00:00Z'),
      warning('moderate', 'acknowledged', '2026-12-03T07:00:00Z'),
      warning('low', 'new', '2026-12-03T09:00:00Z'),
    ]);
    expect([...counts]).toEqual([
      ['high', 0],
      ['moderate', 1],
      ['low', 2],
    ]);
    expect(recent.map((entry) => `${entry.severity} ${entry.last_seen_at.slice(11, 13)}`)).toEqual(['moderate 07', 'low 09', 'low 08']);
  });
});

describe('firstOf', () => {
  it('says how many were left out', () => {
    expect(firstOf([1, 2, 3], 2)).toEqual({ shown: [1, 2], more: 1 });
    expect(firstOf([1], 2)).toEqual({ shown: [1], more: 0 });
  });
});


describe('shortAction', () => {
  it('drops the collection from the action', () => {
    expect(shortAction('instance-started', 'instances')).toBe('started');
    expect(shortAction('instance-snapshot-created', 'instances')).toBe('snapshot-created');
    expect(shortAction('storage-pool-updated', 'storage-pools')).toBe('updated');
    expect(shortAction('certificate-created', 'certificates')).toBe('created');
    expect(shortAction('config-updated', '')).toBe('config-updated');
    expect(shortAction('warning-deleted', 'instances')).toBe('warning-deleted');
  });
});
