import { describe, expect, it } from 'vitest';
import { fileKeys } from '@/api/files/keys';
import { instanceKeys } from '@/api/instances/keys';
import { projectKeys } from '@/api/projects/keys';
import type { LxdEvent, LxdInstance } from '@/lxd';
import { cacheUpdatesForEvent, parseSource, patchInstanceList } from './eventRouter';

function lifecycle(action: string, source: string, project?: string): LxdEvent {
  return {
    type: 'lifecycle',
    timestamp: '2026-11-22T10:00:00Z',
    ...(project ? { project } : {}),
    metadata: { action, source, requestor: { username: 'root', protocol: 'unix' } },
  };
}

const instance = (name: string, status: string) => ({ name, status, status_code: 102 }) as LxdInstance;

describe('parseSource', () => {
  it('reads the project from the query and decodes names', () => {
    expect(parseSource('/1.0/instances/web%2D1?project=staging')).toEqual({
      segments: ['instances', 'web-1'],
      project: 'staging',
    });
  });

  it('prefers the event project and defaults to "default"', () => {
    expect(parseSource('/1.0/instances/a', 'p2').project).toBe('p2');
    expect(parseSource('/1.0/instances/a').project).toBe('default');
  });
});

describe('cacheUpdatesForEvent', () => {
  it('sets the status of a started instance and refreshes its list, detail and state', () => {
    const updates = cacheUpdatesForEvent('local', lifecycle('instance-started', '/1.0/instances/web?project=staging'));
    expect(updates).toEqual([
      { kind: 'set-instance-status', project: 'staging', name: 'web', status: 'Running', statusCode: 103 },
      { kind: 'invalidate', queryKey: instanceKeys.list('local', 'staging') },
      { kind: 'invalidate', queryKey: instanceKeys.detail('local', 'staging', 'web') },
      { kind: 'invalidate', queryKey: instanceKeys.state('local', 'staging', 'web') },
    ]);
  });

  it.each([
    ['instance-stopped', 'Stopped'],
    ['instance-shutdown', 'Stopped'],
    ['instance-paused', 'Frozen'],
    ['instance-resumed', 'Running'],
    ['instance-restarted', 'Running'],
  ])('maps %s to %s', (action, status) => {
    const [first] = cacheUpdatesForEvent('local', lifecycle(action, '/1.0/instances/c1'));
    expect(first).toMatchObject({ kind: 'set-instance-status', name: 'c1', status });
  });

  it('removes a deleted instance', () => {
    const updates = cacheUpdatesForEvent('local', lifecycle('instance-deleted', '/1.0/instances/c1'));
    expect(updates).toContainEqual({ kind: 'remove-instance', project: 'default', name: 'c1' });
  });

  it('does not treat a snapshot action as a status change of the instance', () => {
    const updates = cacheUpdatesForEvent('local', lifecycle('instance-snapshot-created', '/1.0/instances/c1/snapshots/s0'));
    expect(updates.every((update) => update.kind === 'invalidate')).toBe(true);
    expect(updates).toContainEqual({ kind: 'invalidate', queryKey: instanceKeys.detail('local', 'default', 'c1') });
  });

  it('ignores file reads and refreshes only the files on file writes', () => {
    expect(cacheUpdatesForEvent('local', lifecycle('instance-file-retrieved', '/1.0/instances/c1?project=p'))).toEqual([]);
    expect(cacheUpdatesForEvent('local', lifecycle('instance-file-pushed', '/1.0/instances/c1?project=p'))).toEqual([
      { kind: 'invalidate', queryKey: fileKeys.directories('local', 'p', 'c1') },
    ]);
    expect(cacheUpdatesForEvent('local', lifecycle('instance-file-deleted', '/1.0/instances/c1'))).toEqual([
      { kind: 'invalidate', queryKey: fileKeys.directories('local', 'default', 'c1') },
    ]);
  });

  it('refreshes the project list on project events', () => {
    const updates = cacheUpdatesForEvent('local', lifecycle('project-created', '/1.0/projects/new'));
    expect(updates).toContainEqual({ kind: 'invalidate', queryKey: projectKeys.list('local') });
  });

  it('keys other resources by collection under the project', () => {
    const updates = cacheUpdatesForEvent('s2', lifecycle('network-updated', '/1.0/networks/br0?project=p'));
    expect(updates).toEqual([{ kind: 'invalidate', queryKey: ['s2', 'project', 'p', 'networks'] }]);
  });

  it('only touches keys of its own server', () => {
    const updates = cacheUpdatesForEvent('remote-b', lifecycle('instance-started', '/1.0/instances/x'));
    for (const update of updates) {
      if (update.kind === 'invalidate') expect(update.queryKey[0]).toBe('remote-b');
    }
  });
});

describe('patchInstanceList', () => {
  const list = [instance('a', 'Stopped'), instance('b', 'Stopped')];

  it('changes only the named instance', () => {
    const next = patchInstanceList(list, { kind: 'set-instance-status', project: 'default', name: 'b', status: 'Running', statusCode: 103 });
    expect(next?.map((entry) => entry.status)).toEqual(['Stopped', 'Running']);
    expect(next?.[0]).toBe(list[0]);
  });

  it('returns the same array when nothing changes, so views do not re-render', () => {
    expect(patchInstanceList(list, { kind: 'set-instance-status', project: 'default', name: 'a', status: 'Stopped', statusCode: 102 })).toBe(list);
    expect(patchInstanceList(list, { kind: 'remove-instance', project: 'default', name: 'zz' })).toBe(list);
  });

  it('removes a deleted instance', () => {
    expect(patchInstanceList(list, { kind: 'remove-instance', project: 'default', name: 'a' })?.map((entry) => entry.name)).toEqual(['b']);
  });
});
