import { describe, expect, it } from 'vitest';
import type { LxdOperation } from '@/lxd';
import { formatTime, operationResources, progressText } from './operationModel';

const op = (fields: Partial<LxdOperation>) => ({ id: 'x', status: 'Running', metadata: null, resources: null, ...fields }) as LxdOperation;

describe('progressText', () => {
  it('reads progress.percent or a *_progress text', () => {
    expect(progressText(op({ metadata: { progress: { percent: '42', stage: 'unpack' } } }))).toBe('42%');
    expect(progressText(op({ metadata: { create_instance_from_image_unpack_progress: 'Unpack: 7% (1MB/s)' } }))).toBe(
      'Unpack: 7% (1MB/s)',
    );
    expect(progressText(op({ metadata: null }))).toBeUndefined();
  });

  it('never shows other metadata, such as a token secret', () => {
    expect(progressText(op({ metadata: { secret: 'abc', fingerprint: 'f' } }))).toBeUndefined();
  });
});

describe('operationResources', () => {
  it('parses resource URLs, skipping the LXD 5.0 "containers" duplicate', () => {
    const resources = operationResources(
      op({
        resources: {
          containers: ['/1.0/containers/web'],
          instances: ['/1.0/instances/web', '/1.0/instances/db%2D1?project=p2'],
          images: ['/1.0/images/abcdef'],
        },
      }),
    );
    expect(resources).toEqual([
      { kind: 'instances', name: 'web' },
      { kind: 'instances', name: 'db-1', project: 'p2' },
      { kind: 'images', name: 'abcdef' },
    ]);
  });

  it('handles operations without resources', () => {
    expect(operationResources(op({ resources: null }))).toEqual([]);
  });
});

describe('formatTime', () => {
  it('shows the clock for today and the date otherwise', () => {
    const now = new Date('2026-11-22T12:00:00');
    expect(formatTime(new Date('2026-11-22T10:05:03').toISOString(), now)).toBe('10:05:03');
    expect(formatTime(new Date('2026-11-20T10:05:03').toISOString(), now)).toBe('2026-11-20 10:05:03');
    expect(formatTime('0001-01-01T00:00:00Z', now)).toBe('—');
  });
});
