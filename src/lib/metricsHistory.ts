import { cpuPercent, type InstanceUsageSample } from './openMetrics';
import { Ring } from './ring';

/** Samples kept per instance: 40 readings 15 s apart are the last 10 minutes. */
export const HISTORY_LENGTH = 40;

export interface InstanceHistory {
  project: string;
  name: string;
  /** Reading times (ms), oldest first, beside the values. */
  times: Ring<number>;
  /** CPU % of one CPU between a reading and the one before; NaN where it could not be told. */
  cpu: Ring<number>;
  memory: Ring<number>;
  lastCpuSeconds: number;
  lastAt: number;
}

export interface TopEntry {
  key: string;
  project: string;
  name: string;
  value: number;
  history: { times: number[]; values: number[] };
}

/**
 * Per-instance CPU and memory histories from successive `/1.0/metrics` readings. Every history
 * is a fixed-length ring, and instances missing from a reading (stopped, deleted) are dropped,
 * so memory stays bounded however long the wall runs.
 */
export class MetricsHistory {
  private readonly histories = new Map<string, InstanceHistory>();

  constructor(private readonly length = HISTORY_LENGTH) {}

  get size(): number {
    return this.histories.size;
  }

  add(usage: ReadonlyMap<string, InstanceUsageSample>, at: number): void {
    for (const key of this.histories.keys()) if (!usage.has(key)) this.histories.delete(key);
    for (const [key, sample] of usage) {
      let history = this.histories.get(key);
      if (history && history.lastAt >= at) continue; // the same reading again
      if (!history) {
        history = {
          project: sample.project,
          name: sample.name,
          times: new Ring(this.length),
          cpu: new Ring(this.length),
          memory: new Ring(this.length),
          lastCpuSeconds: sample.cpuSeconds,
          lastAt: at,
        };
        this.histories.set(key, history);
        history.times.push(at);
        history.cpu.push(Number.NaN);
        history.memory.push(sample.memoryBytes ?? Number.NaN);
        continue;
      }
      history.times.push(at);
      history.cpu.push(cpuPercent(history.lastCpuSeconds, history.lastAt, sample.cpuSeconds, at) ?? Number.NaN);
      history.memory.push(sample.memoryBytes ?? Number.NaN);
      history.lastCpuSeconds = sample.cpuSeconds;
      history.lastAt = at;
    }
  }

  /** The `count` instances with the highest latest value (NaN and unknown left out). */
  top(metric: 'cpu' | 'memory', count: number): TopEntry[] {
    const entries: TopEntry[] = [];
    for (const [key, history] of this.histories) {
      const value = history[metric].last();
      if (value === undefined || Number.isNaN(value)) continue;
      entries.push({
        key,
        project: history.project,
        name: history.name,
        value,
        history: { times: history.times.toArray(), values: history[metric].toArray() },
      });
    }
    return entries.sort((a, b) => b.value - a.value || a.key.localeCompare(b.key)).slice(0, count);
  }
}
