/**
 * One formatter per kind of value, used by every page: bytes, dates, times, durations.
 * Dates are local and written `YYYY-MM-DD HH:MM`: compact, sortable by eye, the same in every locale.
 */

const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** Binary units (as LXD writes sizes), one decimal from KiB up, none from 100 up; `—` when unknown. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === undefined || bytes === null || !Number.isFinite(bytes)) return '—';
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < BINARY_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0) return `${value} B`;
  return `${value.toFixed(Math.abs(value) >= 100 ? 0 : 1)} ${BINARY_UNITS[unit]}`;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** LXD writes unset times as year 1 (`0001-01-01T00:00:00Z`); those and unparsable ones are unset. */
export function isUnsetTime(iso: string | null | undefined): boolean {
  if (!iso) return true;
  const time = Date.parse(iso);
  return !Number.isFinite(time) || time <= 0;
}

function datePart(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Local `YYYY-MM-DD HH:MM`, or `—` for an unset time. */
export function formatDate(iso: string | null | undefined): string {
  if (isUnsetTime(iso)) return '—';
  const date = new Date(Date.parse(iso as string));
  return `${datePart(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Local `HH:MM:SS`, with the date in front when it is not today. */
export function formatTime(iso: string | null | undefined, now = new Date()): string {
  if (isUnsetTime(iso)) return '—';
  const date = new Date(Date.parse(iso as string));
  const clock = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  return date.toDateString() === now.toDateString() ? clock : `${datePart(date)} ${clock}`;
}

/** A span of time in the largest two units that matter: `4.2 s`, `3 min 5 s`, `2 h 10 min`, `3 d 4 h`. */
export function formatDuration(milliseconds: number | null | undefined): string {
  if (milliseconds === undefined || milliseconds === null || !Number.isFinite(milliseconds)) return '—';
  const seconds = milliseconds / 1000;
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${Math.floor(seconds % 60)} s`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

// Made on first use: building an Intl formatter loads locale data, tens of milliseconds on a cold
// page, and the early script (which shares this module) runs before anything is drawn.
let relative: Intl.RelativeTimeFormat | undefined;
const relativeFormat = () => (relative ??= new Intl.RelativeTimeFormat('en', { numeric: 'auto' }));
const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Infinity],
];

/** `5 minutes ago`, `in 2 days`: for expiry and "last used" columns. */
export function formatRelative(iso: string | null | undefined, now = Date.now()): string {
  if (isUnsetTime(iso)) return '—';
  let value = (Date.parse(iso as string) - now) / 1000;
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(value) < size) return relativeFormat().format(Math.round(value), unit);
    value /= size;
  }
  return relativeFormat().format(Math.round(value), 'year');
}

// One collator for every comparison: `localeCompare` with options builds a new one per call, which
// made sorting 500 rows cost tens of milliseconds. Made on first use, as above.
let collator: Intl.Collator | undefined;

/** Text comparison used by every sortable table: natural numbers (`c2` before `c10`), case-insensitive. */
export function compareText(a: string, b: string): number {
  collator ??= new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  return collator.compare(a, b);
}
