// The instance config keys behind automatic snapshots, as form values and back.

export const SCHEDULE_KEYS = {
  schedule: 'snapshots.schedule',
  stopped: 'snapshots.schedule.stopped',
  expiry: 'snapshots.expiry',
  pattern: 'snapshots.pattern',
} as const;

export type ScheduleField = keyof typeof SCHEDULE_KEYS;
export type ScheduleValues = Record<ScheduleField, string>;

const FIELDS = Object.keys(SCHEDULE_KEYS) as ScheduleField[];

/** The instance's own values ('' when unset); profile values are not the instance's to edit. */
export function scheduleValues(config: Record<string, string> | undefined): ScheduleValues {
  const values = {} as ScheduleValues;
  for (const field of FIELDS) values[field] = config?.[SCHEDULE_KEYS[field]] ?? '';
  return values;
}

/** Config keys whose value differs, trimmed; '' means "remove the key". */
export function scheduleChanges(initial: ScheduleValues, current: ScheduleValues): Record<string, string> {
  const changes: Record<string, string> = {};
  for (const field of FIELDS) {
    const next = current[field].trim();
    if (next !== initial[field].trim()) changes[SCHEDULE_KEYS[field]] = next;
  }
  return changes;
}

/** Values that apply although the instance does not set them: inherited from its profiles. */
export function inheritedValues(
  local: Record<string, string> | undefined,
  expanded: Record<string, string> | undefined,
): Partial<ScheduleValues> {
  const inherited: Partial<ScheduleValues> = {};
  for (const field of FIELDS) {
    const key = SCHEDULE_KEYS[field];
    if (!local?.[key] && expanded?.[key]) inherited[field] = expanded[key];
  }
  return inherited;
}

const ALIASES = ['@hourly', '@daily', '@midnight', '@weekly', '@monthly', '@annually', '@yearly', '@startup', '@never'];

/** The shape LXD accepts for snapshots.schedule: a cron expression or a comma-separated list of aliases. */
export function scheduleError(value: string): string | null {
  const schedule = value.trim();
  if (schedule === '') return null;
  if (schedule.startsWith('@')) {
    const unknown = schedule
      .split(',')
      .map((part) => part.trim())
      .find((part) => !ALIASES.includes(part));
    return unknown === undefined ? null : `Unknown schedule "${unknown}". Use ${ALIASES.join(', ')} or a cron expression.`;
  }
  const fields = schedule.split(/\s+/);
  if (fields.length !== 5) return 'Use a cron expression: minute hour day-of-month month day-of-week (e.g. 0 3 * * *).';
  return null;
}

/** The shape LXD accepts for snapshots.expiry: space-separated amounts such as "1d 12H" (M minutes, m months). */
export function expiryExpressionError(value: string): string | null {
  const expiry = value.trim();
  if (expiry === '') return null;
  const valid = expiry.split(/\s+/).every((part) => /^\d+[SMHdwmy]$/.test(part));
  return valid ? null : 'Use amounts like 30M, 12H, 7d, 2w, 3m or 1y (M minutes, m months), separated by spaces.';
}

export function scheduleFieldErrors(values: ScheduleValues): Partial<Record<ScheduleField, string>> {
  const errors: Partial<Record<ScheduleField, string>> = {};
  const schedule = scheduleError(values.schedule);
  if (schedule) errors.schedule = schedule;
  const expiry = expiryExpressionError(values.expiry);
  if (expiry) errors.expiry = expiry;
  return errors;
}

/** Which field LXD's refusal is about, from its message, so it can be shown next to that field. */
export function fieldOfLxdError(message: string): ScheduleField | null {
  if (/expiry/i.test(message)) return 'expiry';
  if (/schedule/i.test(message)) return 'schedule';
  if (/pattern|template|pongo/i.test(message)) return 'pattern';
  return null;
}
