import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cpuPercent, instanceUsage, parseOpenMetrics } from './openMetrics';

// Two answers of LXD 5.0.2's /1.0/metrics, about 10 s apart, with a busy loop running in w1.
const fixture = (n: number) => readFileSync(new URL(`./__fixtures__/metrics-sample-${n}.txt`, import.meta.url), 'utf8');

describe('parseOpenMetrics', () => {
  it('reads names, labels and values and skips comments', () => {
    const samples = parseOpenMetrics(
      [
        '# HELP lxd_procs_total The number of running processes.',
        '# TYPE lxd_procs_total gauge',
        'lxd_procs_total{name="c1",project="default",type="container"} 2',
        'lxd_memory_MemTotal_bytes{name="c1",project="p",type="container"} 2.4683584e+10',
        'weird_label{name="a\\"b,c",project="x"} 1 1700000000',
        'bare_metric 7',
        'not a sample line',
        '',
      ].join('\n'),
    );
    expect(samples).toEqual([
      { name: 'lxd_procs_total', labels: { name: 'c1', project: 'default', type: 'container' }, value: 2 },
      { name: 'lxd_memory_MemTotal_bytes', labels: { name: 'c1', project: 'p', type: 'container' }, value: 24683584000 },
      { name: 'weird_label', labels: { name: 'a"b,c', project: 'x' }, value: 1 },
      { name: 'bare_metric', labels: {}, value: 7 },
    ]);
  });

  it('reads a real LXD answer', () => {
    const samples = parseOpenMetrics(fixture(1));
    expect(samples.length).toBeGreaterThan(150);
    expect(samples.every((sample) => Number.isFinite(sample.value))).toBe(true);
    expect(new Set(samples.map((sample) => sample.labels.project))).toEqual(new Set(['default', 'wp']));
  });
});

describe('instanceUsage', () => {
  it('sums CPU seconds over CPUs and modes and takes memory as total minus available', () => {
    const usage = instanceUsage(parseOpenMetrics(fixture(2)));
    expect([...usage.keys()].sort()).toEqual(['default/w1', 'default/w2', 'default/w3', 'wp/wq1']);
    const w1 = usage.get('default/w1');
    expect(w1?.cpuSeconds).toBeCloseTo(0.059308886 + 1.989814138 + 0.105289312 + 3.792173101, 6);
    expect(w1?.memoryBytes).toBeGreaterThan(0);
    expect(w1?.memoryBytes).toBeLessThan(64 * 1024 * 1024);
  });

  it('falls back to RSS when total or available is missing', () => {
    const usage = instanceUsage(parseOpenMetrics('lxd_memory_RSS_bytes{name="c",project="p"} 4096\nlxd_cpu_seconds_total{cpu="0",mode="user",name="c",project="p"} 1.5'));
    expect(usage.get('p/c')).toEqual({ project: 'p', name: 'c', cpuSeconds: 1.5, memoryBytes: 4096 });
  });
});

describe('cpuPercent', () => {
  it('is the CPU time used between two readings over the time between them', () => {
    const before = instanceUsage(parseOpenMetrics(fixture(1))).get('default/w1');
    const after = instanceUsage(parseOpenMetrics(fixture(2))).get('default/w1');
    if (!before || !after) throw new Error('w1 missing');
    // The busy loop kept about half of the two CPUs busy over the ~10 s between the readings.
    const percent = cpuPercent(before.cpuSeconds, 0, after.cpuSeconds, 10_000);
    expect(percent).toBeGreaterThan(40);
    expect(percent).toBeLessThan(200);
    expect(cpuPercent(1, 0, 2.5, 15_000)).toBeCloseTo(10);
  });

  it('cannot tell without an earlier reading, without elapsed time or after a restart', () => {
    expect(cpuPercent(undefined, 0, 3, 1000)).toBeUndefined();
    expect(cpuPercent(1, 1000, 3, 1000)).toBeUndefined();
    expect(cpuPercent(5, 0, 1, 1000)).toBeUndefined();
  });
});
