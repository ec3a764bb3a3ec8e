import type { LxdWarning } from '@/api/warnings/types';
import { usedByPath } from '@/components/UsedByList';
import { describeUsedBy, parseUsedBy } from '@/lib/usedBy';

const TONES: Record<string, string> = {
  low: 'info',
  moderate: 'busy',
  high: 'bad',
  new: 'bad',
  acknowledged: 'neutral',
  resolved: 'ok',
};

/** The badge tone of a severity or status. */
export const warningTone = (value: string) => TONES[value] ?? 'neutral';

/** Sorts severities by weight, not by name. */
export const severityRank = (severity: string) => ['low', 'moderate', 'high'].indexOf(severity);

export interface WarningEntity {
  text: string;
  /** The app's page of the object, where it has one. */
  to?: string;
}

/** What a warning is about (`instance c1`), and the app's page of it; undefined for the server itself. */
export function warningEntity(warning: Pick<LxdWarning, 'entity_url'>): WarningEntity | undefined {
  if (!warning.entity_url) return undefined;
  const ref = parseUsedBy(warning.entity_url);
  if (!ref) return { text: warning.entity_url };
  return { text: describeUsedBy(ref), to: usedByPath(ref) };
}

/** Why a warning cannot be acknowledged (again). */
export function acknowledgeRefusal(warning: Pick<LxdWarning, 'status'>): string | undefined {
  if (warning.status === 'acknowledged') return 'Already acknowledged.';
  if (warning.status === 'resolved') return 'Resolved: LXD no longer sees the problem.';
  return undefined;
}

/** A warning's short name in dialogs and labels: its type, and the project or object it concerns. */
export function warningLabel(warning: Pick<LxdWarning, 'type' | 'entity_url' | 'project'>): string {
  const entity = warningEntity(warning);
  const where = entity?.text ?? (warning.project ? `project ${warning.project}` : '');
  return where ? `${warning.type} (${where})` : warning.type;
}
