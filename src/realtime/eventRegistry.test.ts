import { describe, expect, it } from 'vitest';
import type { LxdEvent } from '@/lxd';
import recorded from './__fixtures__/lifecycle-events.json';
import { EVENT_REGISTRY, READ_ONLY_ACTION } from './eventRegistry';
import { summarize } from './eventRegistry.testing';
import { cacheUpdatesForEvent, parseSource } from './eventRouter';

// Recorded from LXD 5.0.2 by scripts/record-lifecycle-events.mjs: one step per `lxc` command, with
// every event message LXD sent meanwhile.
const steps = recorded as unknown as { step: string; command: string; events: LxdEvent[] }[];
const lifecycleEvents = steps.flatMap((step) => step.events.filter((event) => event.type === 'lifecycle'));
const operationEvents = steps.flatMap((step) => step.events.filter((event) => event.type === 'operation'));

/** Each step's lifecycle events, as `action: update | update`, fingerprints elided. */
const EXPECTED: Record<string, string[]> = {
  'instance create': ["instance-created: refresh s/project/default/instances/list ev-c1 from /1.0/instances/ev-c1?project=default | invalidate s/project/default/instances/detail/ev-c1"],
  'instance start': ["instance-started: status default/ev-c1 Running | invalidate s/project/default/instances/state/ev-c1 | invalidate s/project/default/instances/detail/ev-c1/logs"],
  'instance update': ["instance-updated: refresh s/project/default/instances/list ev-c1 from /1.0/instances/ev-c1?project=default | invalidate s/project/default/instances/detail/ev-c1"],
  'instance exec': ["instance-exec: "],
  'instance console log': ["instance-console-retrieved: "],
  'instance log retrieve': ["instance-log-retrieved: "],
  'instance file push': ["instance-file-pushed: invalidate s/project/default/instances/files/ev-c1/dir"],
  'instance file pull': ["instance-file-retrieved: "],
  'instance file delete': ["instance-file-deleted: invalidate s/project/default/instances/files/ev-c1/dir"],
  'instance pause': ["instance-paused: status default/ev-c1 Frozen | invalidate s/project/default/instances/state/ev-c1 | invalidate s/project/default/instances/detail/ev-c1/logs"],
  'instance resume': ["instance-resumed: status default/ev-c1 Running | invalidate s/project/default/instances/state/ev-c1 | invalidate s/project/default/instances/detail/ev-c1/logs"],
  'instance restart': ["instance-restarted: status default/ev-c1 Running | invalidate s/project/default/instances/state/ev-c1 | invalidate s/project/default/instances/detail/ev-c1/logs"],
  'instance snapshot create': ["instance-snapshot-created: invalidate s/project/default/instances/detail/ev-c1/snapshots","instance-paused: status default/ev-c1 Frozen | invalidate s/project/default/instances/state/ev-c1 | invalidate s/project/default/instances/detail/ev-c1/logs","instance-resumed: status default/ev-c1 Running | invalidate s/project/default/instances/state/ev-c1 | invalidate s/project/default/instances/detail/ev-c1/logs"],
  'instance snapshot rename': ["instance-snapshot-renamed: invalidate s/project/default/instances/detail/ev-c1/snapshots"],
  'instance snapshot restore': ["instance-started: status default/ev-c1 Running | invalidate s/project/default/instances/state/ev-c1 | invalidate s/project/default/instances/detail/ev-c1/logs","instance-restored: refresh s/project/default/instances/list ev-c1 from /1.0/instances/ev-c1?project=default | invalidate s/project/default/instances/detail/ev-c1 | invalidate s/project/default/instances/state/ev-c1"],
  'instance snapshot delete': ["instance-snapshot-deleted: invalidate s/project/default/instances/detail/ev-c1/snapshots"],
  'instance backup export': ["instance-backup-created: invalidate s/project/default/instances/detail/ev-c1/backups","instance-backup-retrieved: ","instance-backup-deleted: invalidate s/project/default/instances/detail/ev-c1/backups"],
  'instance stop': ["instance-stopped: status default/ev-c1 Stopped | invalidate s/project/default/instances/state/ev-c1 | invalidate s/project/default/instances/detail/ev-c1/logs"],
  'instance rename': ["instance-renamed: rename s/project/default/instances/list ev-c1 -> ev-c2 | invalidate s/project/default/instances/detail/ev-c1 | invalidate s/project/default/instances/state/ev-c1 | invalidate s/project/default/instances/files/ev-c1"],
  'instance publish': ["image-created: refresh s/project/default/images/list <fingerprint> from /1.0/images/<fingerprint>?project=default | invalidate s/project/default/images/detail/<fingerprint> | invalidate other projects images","image-alias-created: refresh s/project/default/images/list <fingerprint> from /1.0/images/<fingerprint>?project=default | invalidate s/project/default/images/detail/<fingerprint> | invalidate other projects images"],
  'instance delete': ["instance-deleted: remove s/project/default/instances/list ev-c2 | invalidate s/project/default/instances/detail/ev-c2 | invalidate s/project/default/instances/state/ev-c2 | invalidate s/project/default/instances/files/ev-c2"],
  'image export': ["image-retrieved: "],
  'image alias create': ["image-alias-created: refresh s/project/default/images/list <fingerprint> from /1.0/images/<fingerprint>?project=default | invalidate s/project/default/images/detail/<fingerprint> | invalidate other projects images"],
  'image alias rename': ["image-alias-renamed: invalidate s/project/default/images/list | invalidate s/project/default/images/detail | invalidate other projects images"],
  'image alias delete': ["image-alias-deleted: invalidate s/project/default/images/list | invalidate s/project/default/images/detail | invalidate other projects images"],
  'image update': ["image-updated: refresh s/project/default/images/list <fingerprint> from /1.0/images/<fingerprint>?project=default | invalidate s/project/default/images/detail/<fingerprint> | invalidate other projects images"],
  'image delete': ["image-deleted: remove s/project/default/images/list <fingerprint> | invalidate s/project/default/images/detail/<fingerprint> | invalidate other projects images"],
  'image import': ["image-created: refresh s/project/default/images/list <fingerprint> from /1.0/images/<fingerprint>?project=default | invalidate s/project/default/images/detail/<fingerprint> | invalidate other projects images","image-alias-created: refresh s/project/default/images/list <fingerprint> from /1.0/images/<fingerprint>?project=default | invalidate s/project/default/images/detail/<fingerprint> | invalidate other projects images"],
  'image delete (imported)': ["image-deleted: remove s/project/default/images/list <fingerprint> | invalidate s/project/default/images/detail/<fingerprint> | invalidate other projects images"],
  'profile create': ["profile-created: refresh s/project/default/profiles/list ev-p1 from /1.0/profiles/ev-p1?project=default | invalidate s/project/default/profiles/detail/ev-p1 | invalidate other projects profiles"],
  'profile update': ["profile-updated: refresh s/project/default/profiles/list ev-p1 from /1.0/profiles/ev-p1?project=default | invalidate s/project/default/profiles/detail/ev-p1 | invalidate other projects profiles"],
  'profile rename': ["profile-renamed: rename s/project/default/profiles/list ev-p1 -> ev-p2 | invalidate s/project/default/profiles/detail/ev-p1 | invalidate s/project/default/profiles/detail/ev-p2 | invalidate other projects profiles"],
  'profile delete': ["profile-deleted: remove s/project/default/profiles/list ev-p2 | invalidate s/project/default/profiles/detail/ev-p2 | invalidate other projects profiles"],
  'project create': ["project-created: refresh s/projects ev-pr1 from /1.0/projects/ev-pr1 | invalidate s/projects/detail/ev-pr1"],
  'project update': ["project-updated: refresh s/projects ev-pr1 from /1.0/projects/ev-pr1 | invalidate s/projects/detail/ev-pr1"],
  'profile create in project': ["profile-created: refresh s/project/ev-pr1/profiles/list ev-pp from /1.0/profiles/ev-pp?project=ev-pr1 | invalidate s/project/ev-pr1/profiles/detail/ev-pp"],
  'profile root disk in project': ["profile-updated: refresh s/project/ev-pr1/profiles/list default from /1.0/profiles/default?project=ev-pr1 | invalidate s/project/ev-pr1/profiles/detail/default"],
  'instance create in project': ["instance-created: refresh s/project/ev-pr1/instances/list ev-c3 from /1.0/instances/ev-c3?project=ev-pr1 | invalidate s/project/ev-pr1/instances/detail/ev-c3"],
  'instance start in project': ["instance-started: status ev-pr1/ev-c3 Running | invalidate s/project/ev-pr1/instances/state/ev-c3 | invalidate s/project/ev-pr1/instances/detail/ev-c3/logs"],
  'instance delete in project': ["instance-stopped: status ev-pr1/ev-c3 Stopped | invalidate s/project/ev-pr1/instances/state/ev-c3 | invalidate s/project/ev-pr1/instances/detail/ev-c3/logs","instance-deleted: remove s/project/ev-pr1/instances/list ev-c3 | invalidate s/project/ev-pr1/instances/detail/ev-c3 | invalidate s/project/ev-pr1/instances/state/ev-c3 | invalidate s/project/ev-pr1/instances/files/ev-c3"],
  'profile delete in project': ["profile-deleted: remove s/project/ev-pr1/profiles/list ev-pp | invalidate s/project/ev-pr1/profiles/detail/ev-pp"],
  'project rename': ["project-renamed: rename s/projects ev-pr1 -> ev-pr2 | invalidate s/projects/detail/ev-pr1 | invalidate s/project/ev-pr1"],
  'project delete': ["project-deleted: remove s/projects ev-pr2 | invalidate s/projects/detail/ev-pr2 | invalidate s/project/ev-pr2"],
  'network create': ["network-created: refresh s/project/default/networks/list evbr0 from /1.0/networks/evbr0?project=default | add s/project/default/networks/names evbr0 | invalidate s/project/default/networks/detail/evbr0 | invalidate other projects networks"],
  'network update': ["network-updated: refresh s/project/default/networks/list evbr0 from /1.0/networks/evbr0?project=default | invalidate s/project/default/networks/detail/evbr0 | invalidate other projects networks"],
  'network delete': ["network-deleted: remove s/project/default/networks/list evbr0 | remove s/project/default/networks/names evbr0 | invalidate s/project/default/networks/detail/evbr0 | invalidate other projects networks"],
  'network acl create': ["network-acl-created: refresh s/project/default/network-acls/list ev-acl1 from /1.0/network-acls/ev-acl1?project=default | invalidate s/project/default/network-acls/detail/ev-acl1 | invalidate other projects network-acls"],
  'network acl update': ["network-acl-updated: refresh s/project/default/network-acls/list ev-acl1 from /1.0/network-acls/ev-acl1?project=default | invalidate s/project/default/network-acls/detail/ev-acl1 | invalidate other projects network-acls"],
  'network acl rename': ["network-acl-renamed: rename s/project/default/network-acls/list ev-acl1 -> ev-acl2 | invalidate s/project/default/network-acls/detail/ev-acl1 | invalidate s/project/default/network-acls/detail/ev-acl2 | invalidate other projects network-acls"],
  'network acl delete': ["network-acl-deleted: remove s/project/default/network-acls/list ev-acl2 | invalidate s/project/default/network-acls/detail/ev-acl2 | invalidate other projects network-acls"],
  'storage pool create': ["storage-pool-created: refresh s/project/default/storage-pools/list ev-pool from /1.0/storage-pools/ev-pool?project=default | add s/project/default/storage-pools/names ev-pool | invalidate s/project/default/storage-pools/detail/ev-pool | invalidate other projects storage-pools"],
  'storage pool update': ["storage-pool-updated: refresh s/project/default/storage-pools/list ev-pool from /1.0/storage-pools/ev-pool?project=default | invalidate s/project/default/storage-pools/detail/ev-pool | invalidate other projects storage-pools"],
  'storage volume create': ["storage-volume-created: refresh s/project/default/storage-volumes/ev-pool/list ev-vol from /1.0/storage-pools/ev-pool/volumes/custom/ev-vol?project=default | add s/project/default/storage-volumes/ev-pool/names custom/ev-vol | invalidate s/project/default/storage-volumes/ev-pool/detail/custom/ev-vol | invalidate s/project/default/storage-pools/detail/ev-pool | invalidate other projects storage-volumes | invalidate other projects storage-pools"],
  'storage volume update': ["storage-volume-updated: refresh s/project/default/storage-volumes/ev-pool/list ev-vol from /1.0/storage-pools/ev-pool/volumes/custom/ev-vol?project=default | invalidate s/project/default/storage-volumes/ev-pool/detail/custom/ev-vol | invalidate other projects storage-volumes"],
  'storage volume rename': ["storage-volume-renamed: rename s/project/default/storage-volumes/ev-pool/list ev-vol -> ev-vol2 | remove s/project/default/storage-volumes/ev-pool/names custom/ev-vol | add s/project/default/storage-volumes/ev-pool/names custom/ev-vol2 | invalidate s/project/default/storage-volumes/ev-pool/detail/custom/ev-vol | invalidate s/project/default/storage-volumes/ev-pool/detail/custom/ev-vol2 | invalidate other projects storage-volumes"],
  'storage volume snapshot': ["storage-volume-snapshot-created: invalidate s/project/default/storage-volumes/ev-pool/detail/custom/ev-vol2 | invalidate other projects storage-volumes"],
  'storage volume delete': ["storage-volume-snapshot-deleted: invalidate s/project/default/storage-volumes/ev-pool/detail/custom/ev-vol2 | invalidate other projects storage-volumes"],
  'storage volume delete (volume)': ["storage-volume-deleted: remove s/project/default/storage-volumes/ev-pool/list ev-vol2 | remove s/project/default/storage-volumes/ev-pool/names custom/ev-vol2 | invalidate s/project/default/storage-volumes/ev-pool/detail/custom/ev-vol2 | invalidate s/project/default/storage-pools/detail/ev-pool | invalidate other projects storage-volumes | invalidate other projects storage-pools"],
  'storage pool delete': ["storage-pool-deleted: remove s/project/default/storage-pools/list ev-pool | remove s/project/default/storage-pools/names ev-pool | invalidate s/project/default/storage-pools/detail/ev-pool | invalidate other projects storage-pools"],
  'certificate add': ["certificate-created: refresh s/certificates/list <fingerprint> from /1.0/certificates/<fingerprint> | invalidate s/certificates/detail/<fingerprint>"],
  'certificate update': ["certificate-updated: refresh s/certificates/list <fingerprint> from /1.0/certificates/<fingerprint> | invalidate s/certificates/detail/<fingerprint>"],
  'certificate delete': ["certificate-deleted: remove s/certificates/list <fingerprint> | invalidate s/certificates/detail/<fingerprint>"],
  'trust token create': [],
  'trust token revoke': ["operation-cancelled: "],
  'server config update': ["config-updated: invalidate s/server"],
  'server config unset': ["config-updated: invalidate s/server"],
};

const summaryOf = (event: LxdEvent) =>
  `${event.type === 'lifecycle' ? event.metadata.action : event.type}: ${cacheUpdatesForEvent('s', event)
    .map(summarize)
    .join(' | ')
    .replace(/[0-9a-f]{64}/g, '<fingerprint>')}`;

describe('the event registry against events recorded from LXD 5.0', () => {
  it('has an expectation for every recorded step', () => {
    expect(steps.map((step) => step.step).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(steps.map((step) => [step.step, step] as const))('%s', (_name, step) => {
    const lifecycle = step.events.filter((event) => event.type === 'lifecycle');
    expect(lifecycle.map(summaryOf)).toEqual(EXPECTED[step.step]);
  });

  it('finds a registry entry for every recorded source (none falls back to the unknown-collection rule)', () => {
    for (const event of lifecycleEvents) {
      if (event.type !== 'lifecycle') continue;
      const { segments } = parseSource(event.metadata.source);
      const known = EVENT_REGISTRY.some((entry) => (entry.collection ? entry.collection.split('/')[0] : undefined) === segments[0]);
      expect(known || segments.length === 0, event.metadata.source).toBe(true);
    }
  });

  it('never re-reads a whole list: no lifecycle event invalidates a list query', () => {
    const listKeyTails = new Set(['list']);
    for (const event of lifecycleEvents) {
      for (const update of cacheUpdatesForEvent('s', event)) {
        if (update.kind !== 'invalidate') continue;
        const last = update.queryKey[update.queryKey.length - 1];
        // LXD 5.0 does not name the image of a renamed or deleted alias: the one place left.
        const aliasWithoutImage = event.type === 'lifecycle' && /^image-alias-(renamed|deleted)$/.test(event.metadata.action);
        if (!aliasWithoutImage) expect(listKeyTails.has(String(last)), summaryOf(event)).toBe(false);
        expect(update.queryKey).not.toEqual(['s', 'projects']);
      }
    }
  });

  it('changes nothing for the read-only actions LXD announces', () => {
    const readOnly = lifecycleEvents.filter((event) => event.type === 'lifecycle' && READ_ONLY_ACTION.test(event.metadata.action));
    expect(new Set(readOnly.map((event) => event.type === 'lifecycle' && event.metadata.action))).toEqual(
      new Set([
        'instance-exec',
        'instance-console-retrieved',
        'instance-log-retrieved',
        'instance-file-retrieved',
        'instance-backup-retrieved',
        'image-retrieved',
      ]),
    );
    for (const event of readOnly) expect(cacheUpdatesForEvent('s', event)).toEqual([]);
  });

  it('patches every operation into the operations list, without websocket or token secrets', () => {
    expect(operationEvents.length).toBeGreaterThan(0);
    const secrets = operationEvents.flatMap((event) => {
      const metadata = (event.type === 'operation' && event.metadata.metadata) || {};
      const fds = (metadata as { fds?: Record<string, string> }).fds ?? {};
      const token = (metadata as { secret?: string }).secret;
      return [...Object.values(fds), ...(token ? [token] : [])];
    });
    // The recording holds exec fds and a trust token's secret: the check below can fail.
    expect(secrets.length).toBeGreaterThan(2);
    for (const event of operationEvents) {
      const updates = cacheUpdatesForEvent('s', event);
      // A token's pending list is read again, never patched from the event that holds its secret.
      const isToken = event.type === 'operation' && event.metadata.class === 'token';
      expect(updates.map((update) => update.kind)).toEqual(isToken ? ['upsert-operation', 'invalidate'] : ['upsert-operation']);
      if (isToken) expect(updates[1]).toMatchObject({ queryKey: ['s', 'certificates', 'tokens'] });
      const cached = JSON.stringify(updates);
      for (const secret of secrets) expect(cached).not.toContain(secret);
    }
  });

  it('calls a trust token operation server-wide and an instance operation by its project', () => {
    const token = operationEvents.find((event) => event.type === 'operation' && event.metadata.class === 'token');
    const exec = operationEvents.find((event) => event.type === 'operation' && event.metadata.class === 'websocket');
    expect(token && cacheUpdatesForEvent('s', token)[0]).toMatchObject({ project: null });
    expect(exec && cacheUpdatesForEvent('s', exec)[0]).toMatchObject({ project: 'default' });
  });
});
