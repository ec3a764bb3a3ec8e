/** `GET /1.0/warnings?recursion=1` (extension `warnings`). */
export interface LxdWarning {
  uuid: string;
  /** Cluster member that raised it; empty on a standalone server. */
  location: string;
  /** Empty for warnings of the whole server. */
  project: string;
  type: string;
  count: number;
  first_seen_at: string;
  last_seen_at: string;
  last_message: string;
  severity: 'low' | 'moderate' | 'high' | string;
  status: 'new' | 'acknowledged' | 'resolved' | string;
  /** The object it is about, e.g. `/1.0/instances/c1?project=default`; empty when none. */
  entity_url: string;
}

export const WARNING_STATUSES = ['new', 'acknowledged', 'resolved'] as const;
export const WARNING_SEVERITIES = ['low', 'moderate', 'high'] as const;

/** Warnings that still ask for attention: neither acknowledged nor resolved. */
export function countNewWarnings(warnings: readonly LxdWarning[] | undefined): number {
  return (warnings ?? []).reduce((count, warning) => count + (warning.status === 'new' ? 1 : 0), 0);
}
