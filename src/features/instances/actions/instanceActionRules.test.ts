import { describe, expect, it } from 'vitest';
import type { LxdInstance } from '@/lxd';
import { blockReason, freezeAction, isDeleteProtected, partitionForAction, stopAction } from './instanceActionRules';

const make = (name: string, status: string, config: Record<string, string> = {}, expanded?: Record<string, string>) =>
  ({ name, status, config, expanded_config: expanded ?? config }) as unknown as LxdInstance;

describe('blockReason', () => {
  it('turns every action off in read-only mode, whatever the state', () => {
    const actions = ['start', 'stop', 'force-stop', 'restart', 'freeze', 'unfreeze', 'delete', 'rename', 'copy', 'publish'] as const;
    for (const instance of [make('a', 'Running'), make('b', 'Stopped'), make('c', 'Frozen')]) {
      for (const action of actions) expect(blockReason(instance, action, undefined, true)).toBe('read-only');
    }
    expect(blockReason(make('b', 'Stopped'), 'start')).toBeUndefined();
  });

  it('allows lifecycle actions only in the states LXD accepts them', () => {
    const running = make('a', 'Running');
    const stopped = make('b', 'Stopped');
    const frozen = make('c', 'Frozen');
    expect(blockReason(stopped, 'start')).toBeUndefined();
    expect(blockReason(running, 'start')).toBe('already-active');
    expect(blockReason(running, 'stop')).toBeUndefined();
    expect(blockReason(frozen, 'stop')).toBeUndefined();
    expect(blockReason(stopped, 'stop')).toBe('not-running');
    expect(blockReason(running, 'restart')).toBeUndefined();
    expect(blockReason(frozen, 'restart')).toBe('not-running');
    expect(blockReason(running, 'freeze')).toBeUndefined();
    expect(blockReason(frozen, 'unfreeze')).toBeUndefined();
    expect(blockReason(running, 'unfreeze')).toBe('not-frozen');
  });

  it('refuses delete, rename and publish while the instance runs', () => {
    const running = make('a', 'Running');
    expect(blockReason(running, 'delete')).toBe('delete-active');
    expect(blockReason(running, 'rename')).toBe('rename-active');
    expect(blockReason(running, 'publish')).toBe('publish-active');
    expect(blockReason(running, 'copy')).toBeUndefined();
    expect(blockReason(make('b', 'Stopped'), 'delete')).toBeUndefined();
  });

  it('explains protection first, also when it comes from a profile', () => {
    expect(blockReason(make('a', 'Stopped', { 'security.protection.delete': 'true' }), 'delete')).toBe('protected');
    expect(blockReason(make('a', 'Running', {}, { 'security.protection.delete': 'yes' }), 'delete')).toBe('protected');
    expect(isDeleteProtected(make('a', 'Stopped', { 'security.protection.delete': 'false' }))).toBe(false);
  });

  it('blocks everything while an action runs, except forcing a hanging stop', () => {
    const running = make('a', 'Running');
    expect(blockReason(running, 'restart', 'freeze')).toBe('busy');
    expect(blockReason(running, 'force-stop', 'stop')).toBeUndefined();
    expect(blockReason(running, 'force-stop', 'restart')).toBeUndefined();
    expect(blockReason(running, 'force-stop', 'freeze')).toBe('busy');
  });
});

describe('stopAction and freezeAction', () => {
  it('offers a forced stop while a graceful one hangs or after it failed', () => {
    expect(stopAction(undefined, undefined)).toBe('stop');
    expect(stopAction('stop', undefined)).toBe('force-stop');
    expect(stopAction(undefined, 'Failed shutting down instance')).toBe('force-stop');
  });

  it('toggles between freeze and unfreeze', () => {
    expect(freezeAction(make('a', 'Frozen'))).toBe('unfreeze');
    expect(freezeAction(make('a', 'Running'))).toBe('freeze');
  });
});

describe('partitionForAction', () => {
  it('splits a selection into the instances an action applies to and the skipped ones', () => {
    const list = [make('a', 'Running'), make('b', 'Stopped'), make('c', 'Stopped', { 'security.protection.delete': '1' })];
    const { apply, skip } = partitionForAction(list, 'delete');
    expect(apply.map((i) => i.name)).toEqual(['b']);
    expect(skip.map((s) => [s.instance.name, s.reason])).toEqual([
      ['a', 'delete-active'],
      ['c', 'protected'],
    ]);
  });
});
