import { describe, expect, it } from 'vitest';
import { fileKeys } from '@/api/files/keys';
import { instanceKeys } from '@/api/instances/keys';
import { logKeys } from '@/api/logs/keys';
import { operationKeys } from '@/api/operations/keys';
import { profileKeys } from '@/api/profiles/keys';
import { projectKeys } from '@/api/projects/keys';
import type { LxdEvent, LxdOperation, ResourceEvents } from '@/lxd';
import { cacheUpdatesForEvent, parseSource } from './eventRouter';

function lifecycle(action: string, source: string, project?: string, context?: Record<string, unknown>): LxdEvent {
  return {
    type: 'lifecycle',
    timestamp: '2026-11-22T10:00:00Z',
    ...(project ? { project } : {}),
    metadata: { action, source, ...(context ? { context } : {}), requestor: { username: 'root', protocol: 'unix' } },
  };
}

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
  it('sets the status of a started instance and marks only its state and logs, never the list', () => {
    const updates = cacheUpdatesForEvent('local', lifecycle('instance-started', '/1.0/instances/web?project=staging'));
    expect(updates).toEqual([
      { kind: 'set-instance-status', project: 'staging', name: 'web', status: 'Running', statusCode: 103 },
      { kind: 'invalidate', queryKey: instanceKeys.state('local', 'staging', 'web') },
      { kind: 'invalidate', queryKey: logKeys.list('local', 'staging', 'web') },
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

  it('reads a created or updated instance alone into the list', () => {
    for (const action of ['instance-created', 'instance-updated']) {
      expect(cacheUpdatesForEvent('local', lifecycle(action, '/1.0/instances/c1?project=p', 'p'))[0]).toEqual({
        kind: 'refresh-list-item',
        queryKey: instanceKeys.list('local', 'p'),
        path: '/1.0/instances/c1',
        project: 'p',
        id: 'c1',
      });
    }
  });

  it('moves a renamed instance from context.old_name to the name in the source', () => {
    const updates = cacheUpdatesForEvent('local', lifecycle('instance-renamed', '/1.0/instances/new', 'default', { old_name: 'old' }));
    expect(updates[0]).toEqual({
      kind: 'rename-list-item',
      queryKey: instanceKeys.list('local', 'default'),
      from: 'old',
      to: 'new',
      read: { path: '/1.0/instances/new', project: 'default' },
    });
  });

  it('removes a deleted instance from the list', () => {
    const updates = cacheUpdatesForEvent('local', lifecycle('instance-deleted', '/1.0/instances/c1'));
    expect(updates[0]).toEqual({ kind: 'remove-list-item', queryKey: instanceKeys.list('local', 'default'), id: 'c1' });
  });

  it('ignores file reads and refreshes only the files on file writes', () => {
    expect(cacheUpdatesForEvent('local', lifecycle('instance-file-retrieved', '/1.0/instances/c1?project=p'))).toEqual([]);
    expect(cacheUpdatesForEvent('local', lifecycle('instance-file-pushed', '/1.0/instances/c1?project=p'))).toEqual([
      { kind: 'invalidate', queryKey: fileKeys.directories('local', 'p', 'c1') },
    ]);
  });

  it('uses the common meaning of <prefix>-created/deleted/renamed for a declared resource', () => {
    const updates = cacheUpdatesForEvent('local', lifecycle('profile-renamed', '/1.0/profiles/b?project=p', 'p', { old_name: 'a' }));
    expect(updates).toEqual([
      { kind: 'rename-list-item', queryKey: profileKeys.list('local', 'p'), from: 'a', to: 'b' },
      { kind: 'invalidate', queryKey: profileKeys.detail('local', 'p', 'a') },
      { kind: 'invalidate', queryKey: profileKeys.detail('local', 'p', 'b') },
    ]);
  });

  it('marks the same collection of other projects stale for a change in default, when they can share it', () => {
    const updates = cacheUpdatesForEvent('local', lifecycle('profile-deleted', '/1.0/profiles/x', 'default'));
    expect(updates).toContainEqual({ kind: 'invalidate-other-projects', server: 'local', except: 'default', suffix: ['profiles'] });
    const inProject = cacheUpdatesForEvent('local', lifecycle('profile-deleted', '/1.0/profiles/x?project=p', 'p'));
    expect(inProject.some((update) => update.kind === 'invalidate-other-projects')).toBe(false);
  });

  it('keys server-wide resources without a project', () => {
    const updates = cacheUpdatesForEvent('local', lifecycle('project-created', '/1.0/projects/new', 'new'));
    expect(updates[0]).toEqual({ kind: 'refresh-list-item', queryKey: projectKeys.list('local'), path: '/1.0/projects/new', id: 'new' });
  });

  it('picks the longest matching collection and falls back to the entry for unknown actions', () => {
    const registry: ResourceEvents[] = [
      { collection: 'cluster', scope: 'server', prefix: 'cluster', all: (server) => [server, 'cluster'] },
      { collection: 'cluster/members', scope: 'server', prefix: 'cluster-member', all: (server) => [server, 'cluster', 'members'] },
    ];
    expect(cacheUpdatesForEvent('s', lifecycle('cluster-member-evacuated', '/1.0/cluster/members/m1'), registry)).toEqual([
      { kind: 'invalidate', queryKey: ['s', 'cluster', 'members'] },
    ]);
  });

  it('changes nothing for exec, console and reads', () => {
    for (const action of ['instance-exec', 'instance-console', 'instance-console-retrieved', 'instance-log-retrieved', 'image-retrieved', 'instance-backup-retrieved']) {
      expect(cacheUpdatesForEvent('local', lifecycle(action, '/1.0/instances/c1'))).toEqual([]);
    }
  });

  it('only touches keys of its own server', () => {
    const updates = cacheUpdatesForEvent('remote-b', lifecycle('instance-started', '/1.0/instances/x'));
    for (const update of updates) {
      if (update.kind === 'invalidate') expect(update.queryKey[0]).toBe('remote-b');
    }
  });

  it('puts an operation into the operations list without its secrets', () => {
    const operation = {
      id: 'op1',
      class: 'websocket',
      status: 'Running',
      resources: { instances: ['/1.0/instances/c1'] },
      metadata: { fds: { '0': 'secret', control: 'secret2' }, command: ['sh'] },
    } as unknown as LxdOperation;
    const [update] = cacheUpdatesForEvent('local', { type: 'operation', timestamp: '', project: 'p', metadata: operation });
    expect(update).toMatchObject({ kind: 'upsert-operation', queryKey: operationKeys.list('local'), project: 'p' });
    expect(JSON.stringify(update)).not.toContain('secret');
  });
});
