import { describe, expect, it } from 'vitest';
import { editBlockReason, formatMode, formatSize } from './fileModel';

describe('formatMode', () => {
  it('prints modes as ls does', () => {
    expect(formatMode('file', '0640')).toBe('-rw-r-----');
    expect(formatMode('directory', '0755')).toBe('drwxr-xr-x');
    expect(formatMode('symlink', '0777')).toBe('lrwxrwxrwx');
    expect(formatMode('file', '4755')).toBe('-rwsr-xr-x');
    expect(formatMode('directory', '1777')).toBe('drwxrwxrwt');
    expect(formatMode('file', '2644')).toBe('-rw-r-Sr--');
  });
});

describe('formatSize', () => {
  it('uses binary units', () => {
    expect(formatSize(0)).toBe('0 B');
    expect(formatSize(1023)).toBe('1023 B');
    expect(formatSize(1536)).toBe('1.5 KiB');
    expect(formatSize(52428800)).toBe('50.0 MiB');
  });
});

describe('editBlockReason', () => {
  const file = { type: 'file' as const, uid: 0, gid: 0, mode: '0644' };
  it('allows small regular files', () => {
    expect(editBlockReason({ ...file, size: 10 }, 1024)).toBeNull();
    expect(editBlockReason({ ...file, size: 1024 }, 1024)).toBeNull();
  });
  it('says why not', () => {
    expect(editBlockReason(undefined, 1024)).toBe('Wait until the file has been read.');
    expect(editBlockReason({ ...file, type: 'directory' }, 1024)).toBe('Only regular files can be edited.');
    expect(editBlockReason(file, 1024)).toBe('Its size is unknown; download it instead.');
    expect(editBlockReason({ ...file, size: 1025 }, 1024)).toBe('Larger than 1.0 KiB; download it instead.');
  });
});
