import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HISTORY_LENGTH, MetricsHistory } from './metricsHistory';
import { instanceUsage, parseOpenMetrics } from './openMetrics';

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
    const read = (n: number) => instanceUsage(parseOpenMetrics(readFileSync(new URL(`./__fixtures__/metrics-sample-${n}.txt`, import.meta.url), 'utf8')));
    const history = new MetricsHistory();
    history.add(read(1), 0);
    history.add(read(2), 10_000);
    expect(history.top('cpu', 1)[0]?.name).toBe('w1');
  });
});
