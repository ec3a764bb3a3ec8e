import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LxdWarning } from '@/api/warnings/types';
import { instanceUsage, parseOpenMetrics } from '@/lib/openMetrics';
import type { LxdInstance } from '@/lxd';
import { HISTORY_LENGTH, MetricsHistory } from './metricsHistory';
import { attentionItems, firstOf, openWarnings, statusCounts } from './wallModel';

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

describe('MetricsHistory', () => {
  const usage = (entries: [string, number, number][]) =>
    new Map(entries.map(([name, cpuSeconds, memoryBytes]) => [`p/${name}`, { project: 'p', name, cpuSeconds, memoryBytes }]));

  it('turns two readings into CPU % and ranks instances by it', () => {
    const history = new MetricsHistory();
    history.add(usage([['a', 10, 100], ['b', 10, 300]]), 0);
    expect(history.top('cpu', 5)).toEqual([]); // one reading tells no CPU %
    history.add(usage([['a', 13, 150], ['b', 10.15, 300]]), 15_000);
    expect(history.top('cpu', 5).map((entry) => [entry.name, Math.round(entry.value)])).toEqual([['a', 20], ['b', 1]]);
    expect(history.top('memory', 1).map((entry) => entry.name)).toEqual(['b']);
    expect(history.top('cpu', 1)[0]?.history.times).toEqual([0, 15_000]);
  });

  it('keeps a fixed number of readings and forgets instances that are gone', () => {
    const history = new MetricsHistory();
    for (let i = 0; i < 500; i += 1) history.add(usage([['a', i, 1], ...(i < 10 ? [['b', i, 1] as [string, number, number]] : [])]), i * 15_000);
    expect(history.size).toBe(1);
    expect(history.top('cpu', 5)[0]?.history.values).toHaveLength(HISTORY_LENGTH);
  });

  it('ignores a reading it already has (LXD caches metrics for 8 s)', () => {
    const history = new MetricsHistory();
    history.add(usage([['a', 1, 1]]), 1000);
    history.add(usage([['a', 1, 1]]), 1000);
    expect(history.top('memory', 1)[0]?.history.values).toHaveLength(1);
  });

  it('works on real LXD readings', () => {
    const read = (n: number) => instanceUsage(parseOpenMetrics(readFileSync(new URL(`../../lib/__fixtures__/metrics-sample-${n}.txt`, import.meta.url), 'utf8')));
    const history = new MetricsHistory();
    history.add(read(1), 0);
    history.add(read(2), 10_000);
    expect(history.top('cpu', 1)[0]?.name).toBe('w1');
  });
});
