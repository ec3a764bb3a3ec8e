import { useMemo } from 'react';
import { create } from 'zustand';
import { compareTimes } from '@/lib/format';
import type { LxdEvent, LxdOperation } from '@/lxd';

/** What an LXD task operation last said about its progress (from `/1.0/events`). */
export interface OperationProgress {
  id: string;
  status: string;
  description: string;
  /** LXD's stage name, e.g. `create_instance_from_image_unpack`. */
  stage?: string;
  percent?: number;
  /** LXD's own progress text, e.g. `Unpack: 45% (22.75MB/s)` or `Remapping container filesystem`. */
  text?: string;
  updatedAt: string;
  /** The project the operation runs in (from the event), where known. */
  project?: string;
}

/**
 * Reads progress from an operation's metadata. LXD puts it in two shapes at once:
 * `progress: {stage, percent, speed}` and `<stage>_progress: "<text>"` (also `container_progress`).
 */
export function progressOfOperation(operation: LxdOperation): OperationProgress {
  const metadata = operation.metadata ?? {};
  const structured = isRecord(metadata.progress) ? metadata.progress : undefined;
  let text: string | undefined;
  let textStage: string | undefined;
  for (const [key, value] of Object.entries(metadata)) {
    if (key.endsWith('_progress') && typeof value === 'string' && value) {
      text = value;
      textStage = key.slice(0, -'_progress'.length);
    }
  }
  const stage = typeof structured?.stage === 'string' && structured.stage ? structured.stage : textStage;
  const percentSource = structured?.percent ?? /(\d+(?:\.\d+)?)%/.exec(text ?? '')?.[1];
  const percent = percentSource === undefined || percentSource === '' ? undefined : Number(percentSource);
  return {
    id: operation.id,
    status: operation.status,
    description: operation.description,
    stage,
    percent: percent !== undefined && Number.isFinite(percent) ? percent : undefined,
    text,
    updatedAt: operation.updated_at,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface ProgressState {
  /** Keyed by `<server> <operation id>`, oldest first. */
  entries: Map<string, OperationProgress>;
}

/** Enough for every operation a user can be watching at once; the oldest are dropped first. */
export const MAX_TRACKED_OPERATIONS = 50;

export const progressKey = (server: string, id: string) => `${server} ${id}`;

/**
 * Adds one operation update. Events can arrive out of order (seen: 7% after 10%), so an update older
 * than the one kept is ignored. Returns the same state when nothing changed.
 */
export function withOperationProgress(
  state: ProgressState,
  server: string,
  progress: OperationProgress,
  max = MAX_TRACKED_OPERATIONS,
): ProgressState {
  const key = progressKey(server, progress.id);
  const current = state.entries.get(key);
  const finished = progress.status === 'Success' || progress.status === 'Failure' || progress.status === 'Cancelled';
  if (current && !finished && compareTimes(progress.updatedAt, current.updatedAt) < 0) return state;
  const entries = new Map(state.entries);
  entries.delete(key);
  // The final event repeats the last metadata; keep the last known figures if it carries none.
  entries.set(key, current && finished ? { ...current, ...definedOnly(progress) } : progress);
  while (entries.size > max) {
    const oldest = entries.keys().next().value;
    if (oldest === undefined) break;
    entries.delete(oldest);
  }
  return { entries };
}

function definedOnly(progress: OperationProgress): Partial<OperationProgress> {
  return Object.fromEntries(Object.entries(progress).filter(([, value]) => value !== undefined));
}

export const useOperationProgressStore = create<ProgressState>(() => ({ entries: new Map() }));

/** Fed with every event of a server's events socket (see connect.ts); keeps task operations only. */
export function recordOperationEvent(server: string, event: LxdEvent): void {
  // Websocket and token operations carry secrets in their metadata and no progress: not kept.
  if (event.type !== 'operation' || event.metadata.class !== 'task') return;
  const progress = { ...progressOfOperation(event.metadata), ...(event.project ? { project: event.project } : {}) };
  useOperationProgressStore.setState((state) => withOperationProgress(state, server, progress));
}

/** The latest progress of one operation, or undefined before its first event. */
export function useOperationProgress(server: string, id: string | undefined): OperationProgress | undefined {
  return useOperationProgressStore((state) => (id ? state.entries.get(progressKey(server, id)) : undefined));
}

/**
 * The server's running task operations that `match` accepts (a stable function), as their events
 * last told; e.g. the image downloads of a project for its images page. Nothing is requested.
 */
export function useRunningOperations(server: string, match: (progress: OperationProgress) => boolean): OperationProgress[] {
  const entries = useOperationProgressStore((state) => state.entries);
  return useMemo(
    () =>
      [...entries]
        .filter(([key, progress]) => key.startsWith(`${server} `) && progress.status === 'Running' && match(progress))
        .map(([, progress]) => progress),
    [entries, server, match],
  );
}
