import { describe, expect, it } from 'vitest';
import { createErrorField, snapshotNameError } from './snapshotName';

describe('snapshotNameError', () => {
  it('accepts names LXD accepts', () => {
    for (const name of ['snap0', 'before-upgrade', 'v1.2_rc', 'ÄÖ', '2026-11-22T10:00']) {
      expect(snapshotNameError(name, { required: true })).toBeNull();
    }
  });

  it('lets creation leave the name to LXD, but not a rename', () => {
    expect(snapshotNameError('', { required: false })).toBeNull();
    expect(snapshotNameError('', { required: true })).toBe('Enter a name.');
  });

  it('refuses what LXD refuses: slashes, URL characters, spaces', () => {
    expect(snapshotNameError('a/b', { required: true })).toBe('Cannot contain "/".');
    expect(snapshotNameError('a?b', { required: true })).toBe('Cannot contain "?".');
    expect(snapshotNameError('a&b', { required: true })).toBe('Cannot contain "&".');
    expect(snapshotNameError('a+b', { required: true })).toBe('Cannot contain "+".');
    expect(snapshotNameError('bad name', { required: true })).toBe('Cannot contain spaces.');
    expect(snapshotNameError(' lead', { required: true })).toBe('Cannot contain spaces.');
    expect(snapshotNameError('tab\there', { required: true })).toBe('Cannot contain spaces.');
  });

  it('refuses what newer LXD refuses and what breaks paths on LXD 5.0', () => {
    expect(snapshotNameError('a*b', { required: true })).toBe('Cannot contain "*".');
    expect(snapshotNameError('a\\b', { required: true })).toBe('Cannot contain "\\".');
    expect(snapshotNameError('..', { required: true })).toBe('".." is not a valid name.');
    expect(snapshotNameError('.', { required: false })).toBe('"." is not a valid name.');
  });

  it('refuses a name another snapshot has', () => {
    expect(snapshotNameError('snap0', { required: true, taken: ['snap0', 'snap1'] })).toBe(
      'A snapshot named "snap0" already exists.',
    );
    expect(snapshotNameError('snap2', { required: true, taken: ['snap0', 'snap1'] })).toBeNull();
  });
});

describe('createErrorField', () => {
  it("puts LXD's refusal next to the field it is about", () => {
    expect(createErrorField('Invalid snapshot name: Cannot contain "?"')).toBe('name');
    expect(
      createErrorField('Failed creating instance snapshot record "s1": Add snapshot info to the database: This "instances_snapshots" entry already exists'),
    ).toBe('name');
    expect(createErrorField('Create instance snapshot: Error getting mount directory info "x": file name too long')).toBe('name');
    expect(createErrorField('Snapshots are forbidden in this project')).toBe('form');
    expect(createErrorField('parsing time "x" as "2006-01-02T15:04:05Z07:00": cannot parse expires_at')).toBe('expiry');
  });
});
