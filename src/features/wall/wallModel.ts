import type { LxdWarning } from '@/api/warnings/types';
import type { LxdInstance } from '@/lxd';
import { compareText, compareTimes } from '@/lib/format';

/** Every project's list answered (read, or refused with a reason); false while the projects are not known yet. */
export function listsRead(lists: readonly { instances: unknown; error: unknown }[]): boolean {
  return lists.length > 0 && lists.every((list) => list.instances !== undefined || !!list.error);
}

/** The order statuses are shown in; others follow in the order met. */
export const STATUS_ORDER = ['Running', 'Stopped', 'Frozen', 'Error'] as const;

/** How many instances have each status (the statuses of STATUS_ORDER always present, as 0). */
export function statusCounts(instances: readonly Pick<LxdInstance, 'status'>[]): Map<string, number> {
  const counts = new Map<string, number>(STATUS_ORDER.map((status) => [status, 0]));
  for (const instance of instances) counts.set(instance.status, (counts.get(instance.status) ?? 0) + 1);
  return counts;
}

export interface AttentionItem {
  project: string;
  name: string;
  status: string;
  reason: string;
}

const autostart = (instance: Pick<LxdInstance, 'config' | 'expanded_config'>) =>
  /^(1|true|yes|on)$/i.test((instance.expanded_config ?? instance.config ?? {})['boot.autostart'] ?? '');

/**
 * Instances that need someone: in Error, or stopped though `boot.autostart` says they should run
 * (the profile's setting counts, hence `expanded_config`). Errors first, then by project and name.
 */
export function attentionItems(instances: readonly LxdInstance[]): AttentionItem[] {
  const items: AttentionItem[] = [];
  for (const instance of instances) {
    if (instance.status === 'Error') items.push({ project: instance.project, name: instance.name, status: instance.status, reason: 'in error' });
    else if (instance.status === 'Stopped' && autostart(instance))
      items.push({ project: instance.project, name: instance.name, status: instance.status, reason: 'stopped, autostart on' });
  }
  const rank = (item: AttentionItem) => (item.status === 'Error' ? 0 : 1);
  return items.sort((a, b) => rank(a) - rank(b) || compareText(a.project, b.project) || compareText(a.name, b.name));
}

export const SEVERITIES = ['high', 'moderate', 'low'] as const;

/** Warnings still open (not resolved), counted by severity, and the most recent of them. */
export function openWarnings(warnings: readonly LxdWarning[]): { counts: Map<string, number>; recent: LxdWarning[] } {
  const open = warnings.filter((warning) => warning.status !== 'resolved');
  const counts = new Map<string, number>(SEVERITIES.map((severity) => [severity, 0]));
  for (const warning of open) counts.set(warning.severity, (counts.get(warning.severity) ?? 0) + 1);
  const rank = (severity: string) => {
    const index = (SEVERITIES as readonly string[]).indexOf(severity);
    return index < 0 ? SEVERITIES.length : index;
  };
  const recent = [...open].sort((a, b) => rank(a.severity) - rank(b.severity) || compareTimes(b.last_seen_at, a.last_seen_at));
  return { counts, recent };
}

/** The first `max` items and how many were left out, for tiles that must not overflow. */
export function firstOf<T>(items: readonly T[], max: number): { shown: readonly T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}

/** An event's action without its collection's name, which the row already shows: `instance-started` → `started`. */
export function shortAction(action: string, collection: string): string {
  const prefix = `${collection.replace(/s$/, '')}-`;
  return collection && action.startsWith(prefix) && action.length > prefix.length ? action.slice(prefix.length) : action;
}
