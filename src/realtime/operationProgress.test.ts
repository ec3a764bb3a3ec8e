import { beforeEach, describe, expect, it } from 'vitest';
import type { LxdEvent, LxdOperation } from '@/lxd';
import {
  progressKey,
  progressOfOperation,
  recordOperationEvent,
  useOperationProgressStore,
  withOperationProgress,
  type OperationProgress,
} from './operationProgress';

// Shapes as LXD 5.0.2 sent them for `POST /1.0/instances` and the start that followed.
const operation = (overrides: Partial<LxdOperation>): LxdOperation => ({
  id: 'op1',
  class: 'task',
  description: 'Creating instance',
  created_at: '2026-11-22T10:59:48.969264585Z',
  updated_at: '2026-11-22T10:59:48.995599583Z',
  status: 'Running',
  status_code: 103,
  resources: { instances: ['/1.0/instances/evt1'] },
  metadata: null,
  may_cancel: false,
  err: '',
  location: 'none',
  ...overrides,
});

const unpack = (percent: number, updated: string) =>
  operation({
    updated_at: updated,
    metadata: {
      create_instance_from_image_unpack_progress: `Unpack: ${percent}% (22.75MB/s)`,
      progress: { percent: String(percent), speed: '22750067', stage: 'create_instance_from_image_unpack' },
    },
  });

describe('progressOfOperation', () => {
  it('reads the stage, percent and text of an image unpack', () => {
    expect(progressOfOperation(unpack(45, '2026-11-22T10:59:49.0189Z'))).toMatchObject({
      id: 'op1',
      status: 'Running',
      stage: 'create_instance_from_image_unpack',
      percent: 45,
      text: 'Unpack: 45% (22.75MB/s)',
    });
  });

  it('reads a text-only progress such as the start of a container', () => {
    const progress = progressOfOperation(
      operation({ description: 'Starting instance', metadata: { container_progress: 'Remapping container filesystem' } }),
    );
    expect(progress).toMatchObject({ stage: 'container', text: 'Remapping container filesystem', percent: undefined });
  });

  it('has no figures for an operation without metadata', () => {
    expect(progressOfOperation(operation({ status: 'Pending' }))).toMatchObject({
      status: 'Pending',
      stage: undefined,
      percent: undefined,
      text: undefined,
    });
  });
});

describe('withOperationProgress', () => {
  const empty = { entries: new Map<string, OperationProgress>() };

  it('ignores an update older than the one kept (events arrive out of order)', () => {
    const later = withOperationProgress(empty, 's', progressOfOperation(unpack(10, '2026-11-22T10:59:48.996168772Z')));
    const after = withOperationProgress(later, 's', progressOfOperation(unpack(7, '2026-11-22T10:59:48.99608013Z')));
    expect(after).toBe(later);
    expect(after.entries.get(progressKey('s', 'op1'))?.percent).toBe(10);
  });

  it('keeps at most `max` operations, dropping the oldest', () => {
    let state = empty;
    for (let i = 0; i < 5; i += 1) {
      state = withOperationProgress(state, 's', progressOfOperation(operation({ id: `op${i}` })), 3);
    }
    expect([...state.entries.keys()]).toEqual(['s op2', 's op3', 's op4']);
  });

  it('records the final status', () => {
    const running = withOperationProgress(empty, 's', progressOfOperation(unpack(100, '2026-11-22T10:59:49.03Z')));
    const done = withOperationProgress(running, 's', progressOfOperation(operation({ status: 'Success', updated_at: '2026-11-22T10:59:49.03Z' })));
    expect(done.entries.get('s op1')).toMatchObject({ status: 'Success', percent: 100 });
  });
});

describe('recordOperationEvent', () => {
  beforeEach(() => useOperationProgressStore.setState({ entries: new Map() }));

  it('keeps task operations and leaves websocket operations (they carry secrets) alone', () => {
    const event = (op: LxdOperation): LxdEvent => ({ type: 'operation', timestamp: '', metadata: op });
    recordOperationEvent('local', event(unpack(50, '2026-11-22T10:59:49Z')));
    recordOperationEvent('local', event(operation({ id: 'exec', class: 'websocket', metadata: { fds: { '0': 'secret' } } })));
    const entries = useOperationProgressStore.getState().entries;
    expect(entries.get('local op1')?.percent).toBe(50);
    expect(entries.has('local exec')).toBe(false);
  });

  it('keeps the project the event names, so a page can show the downloads of its own project', () => {
    recordOperationEvent('local', {
      type: 'operation',
      timestamp: '',
      project: 'staging',
      metadata: operation({ id: 'dl', description: 'Downloading image', metadata: { download_progress: 'rootfs: 45% (1.20MB/s)' } }),
    });
    expect(useOperationProgressStore.getState().entries.get('local dl')).toMatchObject({ project: 'staging', percent: 45 });
  });
});
