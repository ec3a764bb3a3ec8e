import { describe, expect, it } from 'vitest';
import { clockTime, comparePlainNames, compareText, compareTimes, formatBytes, sortableTime, formatDate, formatDuration, formatRelative, formatTime, isUnsetTime } from './format';

describe('formatBytes', () => {
  it('writes binary units with one decimal below 100', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(150 * 1024 * 1024)).toBe('150 MiB');
    expect(formatBytes(5 * 1024 ** 4)).toBe('5.0 TiB');
  });
  it('says unknown for missing values', () => {
    expect(formatBytes(undefined)).toBe('—');
    expect(formatBytes(Number.NaN)).toBe('—');
  });
});

describe('dates', () => {
  it('treats LXD year-1 times as unset', () => {
    expect(isUnsetTime('0001-01-01T00:00:00Z')).toBe(true);
    expect(formatDate('0001-01-01T00:00:00Z')).toBe('—');
    expect(formatTime(undefined)).toBe('—');
  });
  it('writes local YYYY-MM-DD HH:MM', () => {
    const local = new Date(2026, 0, 5, 7, 3, 9);
    expect(formatDate(local.toISOString())).toBe('2026-01-05 07:03');
  });
  it('writes only the clock for today', () => {
    const now = new Date(2026, 0, 5, 12, 0, 0);
    expect(formatTime(new Date(2026, 0, 5, 7, 3, 9).toISOString(), now)).toBe('07:03:09');
    expect(formatTime(new Date(2026, 0, 4, 7, 3, 9).toISOString(), now)).toBe('2026-01-04 07:03:09');
  });
  it('writes relative times', () => {
    const now = Date.parse('2026-01-05T12:00:00Z');
    expect(formatRelative('2026-01-05T11:55:00Z', now)).toBe('5 minutes ago');
    expect(formatRelative('2026-01-07T12:00:00Z', now)).toBe('in 2 days');
  });
});

describe('formatDuration', () => {
  it('uses the two largest units', () => {
    expect(formatDuration(4200)).toBe('4.2 s');
    expect(formatDuration(185_000)).toBe('3 min 5 s');
    expect(formatDuration((2 * 60 + 10) * 60_000)).toBe('2 h 10 min');
    expect(formatDuration((3 * 24 + 4) * 3_600_000)).toBe('3 d 4 h');
  });
});

describe('compareText', () => {
  it('orders numbers naturally', () => {
    expect(['c10', 'c2', 'C1'].sort(compareText)).toEqual(['C1', 'c2', 'c10']);
  });

  it('orders other text with the collator', () => {
    expect(['b_1', 'B.2', 'a é'].sort(compareText)).toEqual(['a é', 'b_1', 'B.2']);
  });
});

describe('clockTime', () => {
  it('writes local 24-hour time, with or without seconds', () => {
    const moment = new Date(2026, 0, 2, 15, 4, 5).getTime();
    expect(clockTime(moment)).toBe('15:04:05');
    expect(clockTime(moment, false)).toBe('15:04');
    expect(clockTime(new Date(2026, 0, 2, 0, 0, 9).getTime())).toBe('00:00:09');
  });
});

describe('compareTimes', () => {
  it("orders LXD's timestamps whatever their fraction digits", () => {
    const times = ['2026-11-22T10:59:49.0189Z', '2026-11-22T10:59:49Z', '2026-11-22T10:59:49.01Z', '2026-11-22T10:59:50Z'];
    expect([...times].sort(compareTimes)).toEqual(['2026-11-22T10:59:49Z', '2026-11-22T10:59:49.01Z', '2026-11-22T10:59:49.0189Z', '2026-11-22T10:59:50Z']);
    expect(compareTimes('2026-11-22T10:59:49Z', '2026-11-22T10:59:49.000Z')).toBe(0);
    expect(sortableTime('2026-11-22T10:59:49.01Z') < sortableTime('2026-11-22T10:59:49.0189Z')).toBe(true);
    expect(sortableTime('2026-11-22T10:59:49Z') < sortableTime('2026-11-22T10:59:49.000000001Z')).toBe(true);
  });
});

describe('comparePlainNames', () => {
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  const sign = (n: number) => Math.sign(n);

  it('orders as the collator does: hyphens, numbers by value, case ignored, prefixes first', () => {
    const names = ['web-10', 'web-9', 'web', 'Web-1', 'web1', 'web-01', 'web-a', 'webA', 'web--1', 'a', '0', '007', '7', '-', 'z9z', 'z10'];
    expect([...names].sort(comparePlainNames)).toEqual([...names].sort(collator.compare));
  });

  it('agrees with the collator on random names of letters, digits and hyphens', () => {
    // A fixed sequence (a linear congruential generator), so a failure repeats.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const alphabet = 'aAbBzZ0019-';
    const name = () => Array.from({ length: next() % 7 }, () => alphabet[next() % alphabet.length]).join('');
    for (let n = 0; n < 20_000; n++) {
      const a = name();
      const b = name();
      expect([a, b, sign(comparePlainNames(a, b))]).toEqual([a, b, sign(collator.compare(a, b))]);
    }
  });
});
