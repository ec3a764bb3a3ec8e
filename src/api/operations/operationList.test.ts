import { describe, expect, it } from 'vitest';
import type { LxdOperation } from '@/lxd';
import {
  flattenGroups,
  keepRecent,
  mergeProjectLists,
  RECENT_RETENTION_MS,
  withOperation,
  withoutSecrets,
  type ListedOperation,
  type OperationList,
} from './operationList';

const op = (id: string, status: string, updated = '2026-11-22T10:00:00Z', project?: string): LxdOperation =>
  ({ id, status, updated_at: updated, created_at: updated, ...(project ? { project } : {}) }) as LxdOperation;
const listed = (operation: LxdOperation, project: string | null = 'default'): ListedOperation => ({ operation, project });

describe('flattenGroups', () => {
  it('flattens the status groups LXD answers with, null groups included', () => {
    expect(flattenGroups({ running: [op('a', 'Running')], success: null, failure: [op('b', 'Failure')] }).map((o) => o.id)).toEqual([
      'a',
      'b',
    ]);
    expect(flattenGroups(null)).toEqual([]);
  });
});

describe('mergeProjectLists', () => {
  it('keeps the project an operation was found in, and marks one seen everywhere as server-wide', () => {
    const merged = mergeProjectLists([
      { project: 'default', operations: [op('a', 'Running'), op('token', 'Running')] },
      { project: 'p2', operations: [op('b', 'Running'), op('token', 'Running')] },
    ]);
    expect(merged.map((entry) => [entry.operation.id, entry.project])).toEqual([
      ['a', 'default'],
      ['token', null],
      ['b', 'p2'],
    ]);
  });

  it("prefers the operation's own project field (newer LXD)", () => {
    expect(mergeProjectLists([{ project: 'default', operations: [op('a', 'Running', undefined, 'p9')] }])[0]?.project).toBe('p9');
  });
});

describe('keepRecent', () => {
  const now = Date.parse('2026-11-22T10:10:00Z');

  it('keeps finished operations LXD has forgotten, newest first', () => {
    const previous = [listed(op('old', 'Success', '2026-11-22T10:01:00Z')), listed(op('older', 'Failure', '2026-11-22T10:00:00Z'))];
    const fresh = [listed(op('run', 'Running')), listed(op('new', 'Success', '2026-11-22T10:09:00Z'))];
    expect(keepRecent(previous, fresh, now).map((entry) => entry.operation.id)).toEqual(['run', 'new', 'old', 'older']);
  });

  it('takes the fresh copy of an operation over the previous one', () => {
    const previous = [listed(op('a', 'Running'))];
    const fresh = [listed(op('a', 'Success', '2026-11-22T10:05:00Z'))];
    expect(keepRecent(previous, fresh, now)).toEqual(fresh);
  });

  it('keeps a later state an event brought while the answer was on its way (Running over Pending, same time)', () => {
    const previous = [listed(op('a', 'Running'))];
    const answered = [listed(op('a', 'Pending'))];
    expect(keepRecent(previous, answered, now).map((entry) => entry.operation.status)).toEqual(['Running']);
    const finished = [listed(op('b', 'Success', '2026-11-22T10:00:01Z'))];
    expect(keepRecent(finished, [listed(op('b', 'Running', '2026-11-22T10:00:02Z'))], now)[0]?.operation.status).toBe('Success');
  });

  it('drops a running operation that vanished, and finished ones past the retention', () => {
    const expired = new Date(now - RECENT_RETENTION_MS - 1000).toISOString();
    const previous = [listed(op('vanished', 'Running')), listed(op('expired', 'Success', expired))];
    expect(keepRecent(previous, [], now)).toEqual([]);
  });
});

describe('withoutSecrets', () => {
  it('keeps only progress from the metadata', () => {
    const operation = {
      ...op('a', 'Running'),
      metadata: {
        fds: { '0': 'fd-secret', control: 'control-secret' },
        secret: 'token-secret',
        request: { name: 'x' },
        progress: { stage: 'unpack', percent: '45', speed: '1MB/s' },
        create_instance_from_image_unpack_progress: 'Unpack: 45%',
      },
    } as LxdOperation;
    const clean = withoutSecrets(operation);
    expect(clean.metadata).toEqual({
      progress: { stage: 'unpack', percent: '45', speed: '1MB/s' },
      create_instance_from_image_unpack_progress: 'Unpack: 45%',
    });
    expect(JSON.stringify(clean)).not.toMatch(/secret/);
  });

  it('leaves null metadata when nothing is left', () => {
    expect(withoutSecrets({ ...op('a', 'Running'), metadata: { fds: { '0': 's' } } } as LxdOperation).metadata).toBeNull();
  });
});

describe('withOperation', () => {
  const list = (...operations: ListedOperation[]): OperationList => ({ operations, mode: 'per-project', failedProjects: [] });

  it('adds a new running operation before the finished ones', () => {
    const next = withOperation(list(listed(op('done', 'Success'))), listed(op('run', 'Running')));
    expect(next.operations.map((entry) => entry.operation.id)).toEqual(['run', 'done']);
  });

  it('moves a finished operation to the top of the recent ones, keeping the project a listing gave it', () => {
    const start = list(listed(op('a', 'Running', '2026-11-22T10:00:00Z'), null), listed(op('old', 'Success', '2026-11-22T09:00:00Z')));
    const next = withOperation(start, listed(op('a', 'Success', '2026-11-22T10:00:05Z'), 'default'));
    expect(next.operations.map((entry) => [entry.operation.id, entry.operation.status, entry.project])).toEqual([
      ['a', 'Success', null],
      ['old', 'Success', 'default'],
    ]);
  });

  it('ignores an update older than the one kept, and Running after Success (seen from LXD)', () => {
    const start = list(listed(op('a', 'Success', '2026-11-22T10:00:05.5Z')));
    expect(withOperation(start, listed(op('a', 'Running', '2026-11-22T10:00:05.5Z')))).toBe(start);
    expect(withOperation(start, listed(op('a', 'Failure', '2026-11-22T10:00:01Z')))).toBe(start);
  });

  it('ignores Pending after Running with the same time (LXD 5.0 sends them concurrently), takes Running after Pending', () => {
    const running = list(listed(op('a', 'Running')));
    expect(withOperation(running, listed(op('a', 'Pending')))).toBe(running);
    const pending = list(listed(op('a', 'Pending')));
    expect(withOperation(pending, listed(op('a', 'Running'))).operations[0]?.operation.status).toBe('Running');
  });

  it("takes into one project's list only that project's operations and server-wide ones", () => {
    const start = list(listed(op('mine', 'Running'), 'web'));
    expect(withOperation(start, listed(op('other', 'Running'), 'db'), 'web')).toBe(start);
    const ids = (next: OperationList) => next.operations.map((entry) => entry.operation.id);
    expect(ids(withOperation(start, listed(op('ours', 'Running'), 'web'), 'web'))).toEqual(['mine', 'ours']);
    expect(ids(withOperation(start, listed(op('token', 'Running'), null), 'web'))).toEqual(['mine', 'token']);
    expect(withOperation(start, listed(op('mine', 'Success'), 'db'), 'web').operations[0]?.operation.status).toBe('Success');
    expect(ids(withOperation(start, listed(op('other', 'Running'), 'db')))).toEqual(['mine', 'other']);
  });
});
