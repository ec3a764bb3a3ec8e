// Turning runs into medians, a printed table and bench/results.json. Metrics are grouped
// (instance list, later terminal, ...); a metric with a target passes when its median is
// within it, one without a target is shown for context.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** `max`: the median must be ≤ target; `min`: ≥ target. */
function passes(metric, value) {
  if (metric.target === undefined || value === null) return null;
  return metric.goal === 'min' ? value >= metric.target : value <= metric.target;
}

/**
 * @param {{id: string, title: string, metrics: object[]}} group
 * @param {Array<Record<string, number|null>>} runs values per run, keyed by metric id
 */
export function summariseGroup(group, runs, details) {
  const metrics = group.metrics.map((metric) => {
    const values = runs.map((run) => (typeof run[metric.id] === 'number' ? run[metric.id] : null));
    const med = median(values);
    return {
      id: metric.id,
      label: metric.label,
      unit: metric.unit,
      runs: values,
      median: med,
      target: metric.target ?? null,
      goal: metric.target === undefined ? null : (metric.goal ?? 'max'),
      pass: passes(metric, med),
      ...(metric.note ? { note: metric.note } : {}),
    };
  });
  return { id: group.id, title: group.title, metrics, details };
}

function format(value, metric) {
  if (value === null || value === undefined) return '—';
  const digits = metric.digits ?? (Math.abs(value) >= 100 ? 0 : 1);
  return `${value.toFixed(digits)} ${metric.unit}`.trim();
}

function pad(text, width, right = false) {
  return right ? text.padStart(width) : text.padEnd(width);
}

/** Plain-text table: one section per group. */
export function renderTable(groups, definitions) {
  const runCount = Math.max(1, ...groups.flatMap((g) => g.metrics.map((m) => m.runs.length)));
  const header = ['metric', 'median', ...Array.from({ length: runCount }, (_, i) => `run ${i + 1}`), 'target', 'result'];
  const rows = [];
  for (const group of groups) {
    rows.push({ section: group.title });
    const defs = new Map(definitions.find((d) => d.id === group.id).metrics.map((m) => [m.id, m]));
    for (const m of group.metrics) {
      const def = defs.get(m.id);
      rows.push({
        cells: [
          m.label,
          format(m.median, def),
          ...Array.from({ length: runCount }, (_, i) => format(m.runs[i] ?? null, def)),
          m.target === null ? '' : `${m.goal === 'min' ? '≥' : '≤'} ${format(m.target, def)}`,
          m.pass === null ? '' : m.pass ? 'pass' : 'MISS',
        ],
      });
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.filter((r) => r.cells).map((r) => r.cells[i].length)));
  const line = (cells) => cells.map((c, i) => pad(c, widths[i], i > 0 && i < cells.length - 1)).join('  ');
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of rows) out.push(row.section ? `[${row.section}]` : line(row.cells));
  return out.join('\n');
}

export function writeResults(file, results) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
