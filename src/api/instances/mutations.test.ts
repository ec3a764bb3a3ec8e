import { describe, expect, it } from 'vitest';
import type { LxdInstance } from '@/lxd';
import {
  copyRequest,
  instanceMutationKeys,
  runPool,
  stateRequest,
  summarizeInstanceMutations,
  type InstanceMutationEntry,
} from './mutations';

describe('stateRequest', () => {
  it('stops gracefully with a timeout, so LXD waits for the guest instead of killing it', () => {
    expect(stateRequest('stop')).toEqual({ action: 'stop', timeout: 30, force: false });
    expect(stateRequest('restart')).toMatchObject({ action: 'restart', force: false });
    expect(stateRequest('restart').timeout).toBeGreaterThan(0);
  });

  it('maps force-stop to a forced stop', () => {
    expect(stateRequest('force-stop')).toMatchObject({ action: 'stop', force: true });
  });

  it('passes the other actions through', () => {
    expect(stateRequest('freeze').action).toBe('freeze');
    expect(stateRequest('unfreeze').action).toBe('unfreeze');
    expect(stateRequest('start').action).toBe('start');
  });
});

describe('copyRequest', () => {
  const source = {
    name: 'web',
    type: 'container',
    architecture: 'x86_64',
    description: 'front',
    profiles: ['default', 'small'],
    ephemeral: false,
    devices: { data: { type: 'disk', path: '/data', source: '/srv' } },
    config: {
      'limits.cpu': '2',
      'volatile.base_image': 'abc',
      'volatile.eth0.hwaddr': '00:16:3e:00:00:01',
      'volatile.idmap.current': '[]',
    },
  } as unknown as LxdInstance;

  it('sends the source settings without its volatile runtime keys', () => {
    const body = copyRequest(source, { name: 'web-copy', withSnapshots: true });
    expect(body.name).toBe('web-copy');
    expect(body.profiles).toEqual(['default', 'small']);
    expect(body.devices).toEqual(source.devices);
    expect(body.config).toEqual({ 'limits.cpu': '2', 'volatile.base_image': 'abc' });
    expect(body.source).toEqual({ type: 'copy', source: 'web', instance_only: false, 'base-image': 'abc' });
  });

  it('copies without snapshots as instance_only', () => {
    expect(copyRequest(source, { name: 'x', withSnapshots: false }).source.instance_only).toBe(true);
  });
});

describe('summarizeInstanceMutations', () => {
  const entry = (name: string, kind: InstanceMutationEntry['kind'], status: InstanceMutationEntry['status'], at: number, error?: string) => ({
    name,
    kind,
    status,
    submittedAt: at,
    error,
  });

  it('reports the latest pending action per instance', () => {
    const map = summarizeInstanceMutations([
      entry('a', 'start', 'success', 1),
      entry('a', 'stop', 'pending', 2),
      entry('b', 'freeze', 'pending', 3),
      entry('c', 'start', 'success', 4),
    ]);
    expect(map.get('a')?.pending).toBe('stop');
    expect(map.get('b')?.pending).toBe('freeze');
    expect(map.has('c')).toBe(false);
  });

  it('remembers a failed graceful stop until a later lifecycle action', () => {
    const failed = [entry('a', 'stop', 'error', 1, 'Failed shutting down instance')];
    expect(summarizeInstanceMutations(failed).get('a')?.stopFailed).toBe('Failed shutting down instance');
    const forced = [...failed, entry('a', 'force-stop', 'success', 2)];
    expect(summarizeInstanceMutations(forced).get('a')).toBeUndefined();
    // A rename or publish in between does not hide the failed stop.
    expect(summarizeInstanceMutations([...failed, entry('a', 'publish', 'error', 3)]).get('a')?.stopFailed).toBeDefined();
  });

  it('does not call a failed start a failed stop', () => {
    expect(summarizeInstanceMutations([entry('a', 'start', 'error', 1, 'x')]).get('a')).toBeUndefined();
  });
});

describe('instanceMutationKeys', () => {
  it('puts every instance action of a project under one prefix, bulk runs outside it', () => {
    const prefix = instanceMutationKeys.all('local', 'p');
    expect(instanceMutationKeys.kind('local', 'p', 'bulk', 'stop').slice(0, prefix.length)).toEqual(prefix);
    expect(instanceMutationKeys.bulk('local', 'p').slice(0, prefix.length)).not.toEqual(prefix);
  });
});

describe('runPool', () => {
  it('never runs more than the limit at once and keeps the input order', async () => {
    let running = 0;
    let peak = 0;
    const results = await runPool([5, 1, 4, 2, 3, 0], 2, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, n));
      running--;
      return n * 10;
    });
    expect(peak).toBe(2);
    expect(results).toEqual([50, 10, 40, 20, 30, 0]);
  });

  it('handles an empty list', async () => {
    expect(await runPool([], 3, async () => 1)).toEqual([]);
  });
});
