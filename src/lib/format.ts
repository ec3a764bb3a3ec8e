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

/**
 * Local 24-hour `HH:MM:SS` (`HH:MM` without seconds) of a moment in milliseconds. Written out rather
 * than asked of `toLocaleTimeString`, whose first use in a page loads the browser's date formats
 * (about 30 ms measured here, on the wall's first paint).
 */
export function clockTime(ms: number, seconds = true): string {
  const date = new Date(ms);
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  return seconds ? `${time}:${pad(date.getSeconds())}` : time;
}

/** Local `HH:MM:SS`, with the date in front when it is not today. */
export function formatTime(iso: string | null | undefined, now = new Date()): string {
  if (isUnsetTime(iso)) return '—';
  const date = new Date(Date.parse(iso as string));
  const clock = clockTime(date.getTime());
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

/** LXD's timestamps have 0-9 fraction digits; padded to 9 they compare as strings, to the nanosecond. */
export function sortableTime(timestamp: string): string {
  const match = /^(.*?:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$/.exec(timestamp);
  if (!match) return timestamp;
  return `${match[1]}.${(match[2] ?? '').padEnd(9, '0')}${match[3]}`;
}

/** Two of LXD's timestamps in time order (any number of fraction digits, see `sortableTime`). */
export function compareTimes(a: string, b: string): number {
  const x = sortableTime(a);
  const y = sortableTime(b);
  return x === y ? 0 : x < y ? -1 : 1;
}

// One collator for every comparison: `localeCompare` with options builds a new one per call, which
// made sorting 500 rows cost tens of milliseconds. Made on first use, and only for text other than
// plain names: building it is the browser's first use of its collation data, 12-45 ms measured in
// Chromium here (the first one; later ones are cheap), paid by the early script before it could
// ask for a list's first rows. Names of letters, digits and hyphens (instances, most others) are
// compared by `comparePlainNames`, which orders them as the collator does. English rules, whatever
// the browser's language: a list sorts the same in every browser (Danish rules put `aa` after `z`),
// and the quick comparison can follow them exactly.
let collator: Intl.Collator | undefined;

const PLAIN_NAME = /^[A-Za-z0-9-]*$/;

/** Text comparison used by every sortable table: natural numbers (`c2` before `c10`), case-insensitive. */
export function compareText(a: string, b: string): number {
  if (PLAIN_NAME.test(a) && PLAIN_NAME.test(b)) return comparePlainNames(a, b);
  collator ??= new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  return collator.compare(a, b);
}

const isDigit = (code: number) => code >= 48 && code <= 57;
/** The collator's order of the three kinds: a hyphen (punctuation) before digits, digits before letters. */
const kind = (code: number) => (code === 45 ? 0 : isDigit(code) ? 1 : 2);

/**
 * Two names of ASCII letters, digits and hyphens in the order `Intl.Collator('en', { numeric:
 * true, sensitivity: 'base' })` gives them (the unit tests check it against the collator): letters
 * without regard to case, a run of digits by its value (leading zeros ignored), a hyphen before a
 * digit before a letter, a name before its longer continuations.
 */
export function comparePlainNames(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (isDigit(x) && isDigit(y)) {
      let aEnd = i;
      while (aEnd < a.length && isDigit(a.charCodeAt(aEnd))) aEnd++;
      let bEnd = j;
      while (bEnd < b.length && isDigit(b.charCodeAt(bEnd))) bEnd++;
      while (i < aEnd - 1 && a.charCodeAt(i) === 48) i++;
      while (j < bEnd - 1 && b.charCodeAt(j) === 48) j++;
      if (aEnd - i !== bEnd - j) return aEnd - i < bEnd - j ? -1 : 1;
      for (; i < aEnd; i++, j++) {
        if (a.charCodeAt(i) !== b.charCodeAt(j)) return a.charCodeAt(i) < b.charCodeAt(j) ? -1 : 1;
      }
      continue;
    }
    if (kind(x) !== kind(y)) return kind(x) < kind(y) ? -1 : 1;
    // Both letters (compared as lower case) or both hyphens.
    const lowerX = x | 0x20;
    const lowerY = y | 0x20;
    if (lowerX !== lowerY) return lowerX < lowerY ? -1 : 1;
    i++;
    j++;
  }
  const restA = a.length - i;
  const restB = b.length - j;
  return restA === restB ? 0 : restA < restB ? -1 : 1;
}
