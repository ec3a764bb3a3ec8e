import type { LxdOperation } from '@/lxd';
import { compareTimes } from '@/lib/format';

/** One operation as the app lists it, with the project it was found in. */
export interface ListedOperation {
  operation: LxdOperation;
  /** The operation's project; null when LXD lists it in every project (server-wide work). */
  project: string | null;
}

export interface OperationList {
  operations: ListedOperation[];
  /** 'all-projects' when LXD lists every project at once, else one request per project. */
  mode: 'all-projects' | 'per-project';
  /** Projects whose operations could not be read (per-project mode only). */
  failedProjects: { project: string; message: string }[];
}

/** LXD answers `GET /1.0/operations?recursion=1` grouped by status: {"running": [...], "success": [...]}. */
export type LxdOperationGroups = Record<string, LxdOperation[] | null | undefined>;

/** How long finished operations stay listed after LXD forgets them (LXD keeps them ~5 s). */
export const RECENT_RETENTION_MS = 30 * 60_000;
export const RECENT_LIMIT = 100;

export function flattenGroups(groups: LxdOperationGroups | null | undefined): LxdOperation[] {
  return Object.values(groups ?? {}).flatMap((list) => list ?? []);
}

/**
 * Merges per-project answers. LXD 5.0 lists an operation without a project in every project's
 * answer, so an id seen in several projects is server-wide.
 */
export function mergeProjectLists(perProject: { project: string; operations: LxdOperation[] }[]): ListedOperation[] {
  const byId = new Map<string, ListedOperation>();
  for (const { project, operations } of perProject) {
    for (const operation of operations) {
      const seen = byId.get(operation.id);
      if (seen) {
        if (seen.project !== project) seen.project = null;
      } else {
        byId.set(operation.id, { operation, project: operation.project || project });
      }
    }
  }
  return [...byId.values()];
}

export const isFinished = (operation: LxdOperation) =>
  operation.status === 'Success' || operation.status === 'Failure' || operation.status === 'Cancelled';

/** How far an operation has got: LXD moves it Pending → Running → Cancelling → finished, never back. */
function stage(operation: LxdOperation): number {
  if (isFinished(operation)) return 3;
  return operation.status === 'Cancelling' ? 2 : operation.status === 'Running' ? 1 : 0;
}

/**
 * Whether `candidate` is a later state of the operation than `kept`: a later `updated_at`, or the
 * same one and further along. LXD 5.0 does not move `updated_at` when an operation starts running,
 * and sends its events concurrently, so `Pending` can arrive after `Running` with the same time;
 * and a finished operation never runs again, whatever the time says.
 */
export function isLaterState(candidate: LxdOperation, kept: LxdOperation): boolean {
  if (isFinished(kept) && !isFinished(candidate)) return false;
  const order = compareTimes(candidate.updated_at, kept.updated_at);
  return order !== 0 ? order > 0 : stage(candidate) >= stage(kept);
}

/**
 * LXD drops an operation a few seconds after it ends, so the page keeps what it saw finish:
 * fresh answers win, unless an event put a later state of the operation into the cache while the
 * answer was on its way; finished operations missing from them stay for a while; a running one
 * that vanished ended unseen and is dropped rather than shown as running forever.
 */
export function keepRecent(
  previous: readonly ListedOperation[] | undefined,
  answered: readonly ListedOperation[],
  now: number,
): ListedOperation[] {
  const seen = new Map((previous ?? []).map((entry) => [entry.operation.id, entry.operation]));
  const fresh = answered.map((entry) => {
    const kept = seen.get(entry.operation.id);
    return kept && !isLaterState(entry.operation, kept) ? { ...entry, operation: kept } : entry;
  });
  const freshIds = new Set(fresh.map((entry) => entry.operation.id));
  const kept = (previous ?? []).filter(
    (entry) =>
      !freshIds.has(entry.operation.id) &&
      isFinished(entry.operation) &&
      now - (Date.parse(entry.operation.updated_at) || now) < RECENT_RETENTION_MS,
  );
  const finished = [...fresh.filter((entry) => isFinished(entry.operation)), ...kept]
    .sort(byUpdatedDesc)
    .slice(0, RECENT_LIMIT);
  return [...fresh.filter((entry) => !isFinished(entry.operation)), ...finished];
}

function byUpdatedDesc(a: ListedOperation, b: ListedOperation): number {
  return (Date.parse(b.operation.updated_at) || 0) - (Date.parse(a.operation.updated_at) || 0);
}

/**
 * The operation without what must never be kept: only progress survives from its metadata.
 * Exec and console operations carry their websocket secrets there (`fds`), trust tokens their
 * secret; `progress` and `*_progress` texts are all the app shows.
 */
export function withoutSecrets(operation: LxdOperation): LxdOperation {
  const metadata: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(operation.metadata ?? {})) {
    if (key === 'progress' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const { stage, percent, speed } = value as Record<string, unknown>;
      metadata.progress = { stage, percent, speed };
    } else if (key.endsWith('_progress') && typeof value === 'string') {
      metadata[key] = value;
    }
  }
  return { ...operation, metadata: Object.keys(metadata).length > 0 ? metadata : null };
}

/**
 * The list with one operation put in from an event, so an event never re-reads the list. Events
 * can arrive out of order (seen: `Running` after `Success`, same timestamp; `Pending` after
 * `Running`): only a later state than the kept one is taken (`isLaterState`). A project already known from a
 * listing is kept (the listing knows which operations are server-wide). A list of one project's
 * operations (`listProject`) takes in a new one only if it is that project's or server-wide. Returns
 * the same list when nothing changed.
 */
export function withOperation(list: OperationList, entry: ListedOperation, listProject?: string): OperationList {
  const index = list.operations.findIndex((listed) => listed.operation.id === entry.operation.id);
  const current = index >= 0 ? list.operations[index] : undefined;
  if (!current && listProject !== undefined && entry.project !== null && entry.project !== listProject) return list;
  if (current && !isLaterState(entry.operation, current.operation)) return list;
  const next: ListedOperation = current ? { operation: entry.operation, project: current.project } : entry;
  const others = list.operations.filter((_, i) => i !== index);
  const running = others.filter((listed) => !isFinished(listed.operation));
  const finished = others.filter((listed) => isFinished(listed.operation));
  const operations = isFinished(next.operation)
    ? [...running, ...[next, ...finished].sort(byUpdatedDesc).slice(0, RECENT_LIMIT)]
    : [...running, next, ...finished];
  return { ...list, operations };
}
