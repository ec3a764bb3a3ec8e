import { describe, expect, it } from 'vitest';
import {
  expiryExpressionError,
  fieldOfLxdError,
  inheritedValues,
  scheduleChanges,
  scheduleError,
  scheduleFieldErrors,
  scheduleValues,
} from './schedule';

describe('schedule values', () => {
  it("reads the instance's own keys, '' when unset", () => {
    expect(scheduleValues({ 'snapshots.schedule': '@daily', 'user.x': '1' })).toEqual({
      schedule: '@daily',
      stopped: '',
      expiry: '',
      pattern: '',
    });
    expect(scheduleValues(undefined)).toEqual({ schedule: '', stopped: '', expiry: '', pattern: '' });
  });

  it('sends only changed keys, trimmed, with removals as empty values', () => {
    const initial = { schedule: '@daily', stopped: '', expiry: '2d', pattern: '' };
    expect(scheduleChanges(initial, { ...initial })).toEqual({});
    expect(scheduleChanges(initial, { ...initial, schedule: ' 0 3 * * * ', expiry: '' })).toEqual({
      'snapshots.schedule': '0 3 * * *',
      'snapshots.expiry': '',
    });
    expect(scheduleChanges(initial, { ...initial, stopped: 'true', pattern: 'auto-%d' })).toEqual({
      'snapshots.schedule.stopped': 'true',
      'snapshots.pattern': 'auto-%d',
    });
  });

  it('reports values that come from profiles only where the instance sets none', () => {
    expect(
      inheritedValues(
        { 'snapshots.expiry': '1d' },
        { 'snapshots.expiry': '1d', 'snapshots.schedule': '@hourly', 'snapshots.pattern': 'p%d' },
      ),
    ).toEqual({ schedule: '@hourly', pattern: 'p%d' });
  });
});

describe('validation', () => {
  it('accepts cron expressions and known aliases', () => {
    for (const value of ['', '0 3 * * *', '*/15 * * * 1-5', '@daily', '@hourly, @startup', '@never']) {
      expect(scheduleError(value)).toBeNull();
    }
  });

  it('refuses other schedules', () => {
    expect(scheduleError('@often')).toMatch(/Unknown schedule "@often"/);
    expect(scheduleError('bogus')).toMatch(/cron expression/);
    expect(scheduleError('0 3 * *')).toMatch(/cron expression/);
  });

  it('accepts expiry expressions LXD accepts and refuses others', () => {
    for (const value of ['', '1d', '30M 12H', '2w', '3m 1y', '10S']) expect(expiryExpressionError(value)).toBeNull();
    for (const value of ['1 day', 'bogus', '1x', 'd1']) expect(expiryExpressionError(value)).toMatch(/Use amounts/);
  });

  it('collects field errors', () => {
    expect(scheduleFieldErrors({ schedule: 'x', stopped: '', expiry: 'y', pattern: '' })).toEqual({
      schedule: expect.stringMatching(/cron/),
      expiry: expect.stringMatching(/amounts/),
    });
    expect(scheduleFieldErrors({ schedule: '@daily', stopped: 'true', expiry: '1d', pattern: 'a%d' })).toEqual({});
  });

  it("places LXD's refusals next to the field they are about", () => {
    expect(fieldOfLxdError('Invalid config: Invalid expiry expression')).toBe('expiry');
    expect(
      fieldOfLxdError('Invalid config: Schedule must be of the form: <minute> <hour> <day-of-month> <month> <day-of-week>'),
    ).toBe('schedule');
    expect(fieldOfLxdError('ETag doesn\'t match: a vs b')).toBeNull();
  });
});
