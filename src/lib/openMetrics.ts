/**
 * Reads LXD's `/1.0/metrics` (OpenMetrics / Prometheus text) into per-instance usage. Only the
 * sample lines are read: `name{label="value",...} number [timestamp]`; comments are skipped.
 */
export interface MetricSample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"\s*,?/g;

function unescapeLabel(value: string): string {
  return value.replace(/\\(.)/g, (_, char: string) => (char === 'n' ? '\n' : char));
}

function parseValue(text: string): number {
  if (text === '+Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  return Number(text);
}

/** Every sample line; lines it cannot read are skipped. */
export function parseOpenMetrics(text: string): MetricSample[] {
  const samples: MetricSample[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const match = SAMPLE.exec(line);
    if (!match) continue;
    const [, name = '', labelText = '', valueText = ''] = match;
    const labels: Record<string, string> = {};
    for (const label of labelText.matchAll(LABEL)) labels[label[1] ?? ''] = unescapeLabel(label[2] ?? '');
    const value = parseValue(valueText);
    if (!Number.isNaN(value)) samples.push({ name, labels, value });
  }
  return samples;
}

/** One instance's counters at one moment. */
export interface InstanceUsageSample {
  project: string;
  name: string;
  /** CPU time used so far, every CPU and mode summed. */
  cpuSeconds: number;
  /** Memory in use: MemTotal − MemAvailable as LXD reports them for the instance, else its RSS. */
  memoryBytes: number | undefined;
}

export const instanceKey = (project: string, name: string) => `${project}/${name}`;

/** Per-instance CPU seconds and memory from one metrics answer, keyed `<project>/<name>`. */
export function instanceUsage(samples: readonly MetricSample[]): Map<string, InstanceUsageSample> {
  const usage = new Map<string, InstanceUsageSample>();
  const memory = new Map<string, { total?: number; available?: number; rss?: number }>();
  const entry = (labels: Record<string, string>) => {
    const project = labels.project ?? 'default';
    const name = labels.name ?? '';
    const key = instanceKey(project, name);
    let current = usage.get(key);
    if (!current) {
      current = { project, name, cpuSeconds: 0, memoryBytes: undefined };
      usage.set(key, current);
    }
    return { key, current };
  };
  for (const sample of samples) {
    if (!sample.labels.name) continue;
    if (sample.name === 'lxd_cpu_seconds_total') {
      entry(sample.labels).current.cpuSeconds += sample.value;
    } else if (sample.name === 'lxd_memory_MemTotal_bytes' || sample.name === 'lxd_memory_MemAvailable_bytes' || sample.name === 'lxd_memory_RSS_bytes') {
      const { key } = entry(sample.labels);
      const figures = memory.get(key) ?? {};
      if (sample.name === 'lxd_memory_MemTotal_bytes') figures.total = sample.value;
      else if (sample.name === 'lxd_memory_MemAvailable_bytes') figures.available = sample.value;
      else figures.rss = sample.value;
      memory.set(key, figures);
    }
  }
  for (const [key, figures] of memory) {
    const current = usage.get(key);
    if (!current) continue;
    // Without a memory limit LXD reports the host's total and available, whose difference can
    // come out at zero or below for a tiny container: RSS then says more.
    const difference = figures.total !== undefined && figures.available !== undefined ? figures.total - figures.available : undefined;
    current.memoryBytes = difference !== undefined && difference > 0 ? difference : figures.rss;
  }
  return usage;
}

/**
 * CPU use between two readings as a percentage of one CPU (200 = two CPUs busy), or undefined
 * when it cannot be told: no earlier reading, no time between them, or a counter that went back
 * (the instance restarted).
 */
export function cpuPercent(previousSeconds: number | undefined, previousAt: number, seconds: number, at: number): number | undefined {
  if (previousSeconds === undefined) return undefined;
  const elapsed = (at - previousAt) / 1000;
  const used = seconds - previousSeconds;
  if (elapsed <= 0 || used < 0) return undefined;
  return (used / elapsed) * 100;
}
