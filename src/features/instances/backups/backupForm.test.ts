import { describe, expect, it } from 'vitest';
import { backupFileName, backupNameError } from './backupForm';

describe('backupNameError', () => {
  it('leaves an empty name to LXD and accepts ordinary names', () => {
    expect(backupNameError('')).toBeNull();
    expect(backupNameError('before-upgrade')).toBeNull();
    expect(backupNameError('nightly 2026')).toBeNull();
  });

  it('refuses what LXD refuses or what breaks its paths and URLs', () => {
    expect(backupNameError('a/b')).toBe('Cannot contain "/".');
    expect(backupNameError('a?b')).toBe('Cannot contain "?".');
    expect(backupNameError('a\\b')).toBe('Cannot contain "\\".');
    expect(backupNameError('..')).toBe('".." is not a valid name.');
  });

  it('refuses a name already in use', () => {
    expect(backupNameError('backup0', ['backup0'])).toBe('A backup named "backup0" already exists.');
  });
});

describe('backupFileName', () => {
  it("follows the server's compression", () => {
    expect(backupFileName('c1', 'backup0', undefined)).toBe('c1-backup0.tar.gz');
    expect(backupFileName('c1', 'backup0', '')).toBe('c1-backup0.tar.gz');
    expect(backupFileName('c1', 'backup0', 'zstd')).toBe('c1-backup0.tar.zst');
    expect(backupFileName('c1', 'b', 'none')).toBe('c1-b.tar');
    expect(backupFileName('c1', 'b', 'xz -9')).toBe('c1-b.tar.xz');
    expect(backupFileName('c1', 'b', 'pigz')).toBe('c1-b.tar');
  });

  it('makes names safe for a file system', () => {
    expect(backupFileName('c1', 'night ly:1', 'gzip')).toBe('c1-night_ly_1.tar.gz');
  });
});
