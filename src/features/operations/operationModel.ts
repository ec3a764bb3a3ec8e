import type { LxdOperation } from '@/lxd';

/**
 * Progress of a running operation, from the metadata fields LXD uses for it: `progress.percent`
 * (newer), or a `*_progress` text such as "Unpack: 42% (10MB/s)". Nothing else of the metadata is
 * shown: it can hold secrets (a trust token's secret, exec websocket secrets).
 */
export function progressText(operation: LxdOperation): string | undefined {
  const metadata = operation.metadata ?? {};
  const progress = metadata.progress;
  if (progress && typeof progress === 'object' && 'percent' in progress) {
    const percent = (progress as { percent?: unknown }).percent;
    if (percent !== undefined && percent !== '') return `${String(percent)}%`;
  }
  for (const [key, value] of Object.entries(metadata)) {
    if (key.endsWith('_progress') && typeof value === 'string' && value) return value;
  }
  return undefined;
}

export interface OperationResource {
  /** LXD's collection, e.g. "instances", "images". */
  kind: string;
  name: string;
  project?: string;
}

/**
 * The objects an operation works on, from its `resources` URLs (`/1.0/instances/web?project=p`).
 * LXD 5.0 lists instances twice (as "containers" too); that alias is skipped.
 */
export function operationResources(operation: LxdOperation): OperationResource[] {
  const resources: OperationResource[] = [];
  const seen = new Set<string>();
  for (const [kind, urls] of Object.entries(operation.resources ?? {})) {
    if (kind === 'containers' && operation.resources?.instances) continue;
    for (const url of urls ?? []) {
      const parsed = new URL(url, 'https://lxd.invalid');
      const segments = parsed.pathname.split('/').filter(Boolean);
      const name = decodeURIComponent(segments.slice(2).join('/'));
      if (!name) continue;
      const key = `${kind}/${name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const project = parsed.searchParams.get('project') ?? undefined;
      resources.push({ kind: kind === 'containers' ? 'instances' : kind, name, ...(project ? { project } : {}) });
    }
  }
  return resources;
}

export const OPERATION_TONE: Record<string, string> = {
  Pending: 'busy',
  Running: 'busy',
  Cancelling: 'busy',
  Success: 'ok',
  Failure: 'bad',
  Cancelled: 'neutral',
};

const pad = (value: number) => String(value).padStart(2, '0');

/** Local `HH:MM:SS`, or the date too when it is not today. */
export function formatTime(iso: string, now = new Date()): string {
  const time = Date.parse(iso);
  if (!time || time < 0) return '—';
  const date = new Date(time);
  const clock = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  if (date.toDateString() === now.toDateString()) return clock;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${clock}`;
}
