import { formatBytes } from '@/lib/format';
import type { LxdFileStat } from '@/lxd/files';

const TYPE_LETTER: Record<LxdFileStat['type'], string> = { file: '-', directory: 'd', symlink: 'l' };

/** `0640` of a file as `-rw-r-----`, as `ls -l` prints it (setuid/setgid/sticky included). */
export function formatMode(type: LxdFileStat['type'], mode: string): string {
  const bits = Number.parseInt(mode, 8);
  if (!Number.isFinite(bits)) return mode;
  const triplet = (shift: number, special: boolean, specialChar: string) => {
    const value = (bits >> shift) & 7;
    const exec = value & 1;
    const last = special ? (exec ? specialChar : specialChar.toUpperCase()) : exec ? 'x' : '-';
    return `${value & 4 ? 'r' : '-'}${value & 2 ? 'w' : '-'}${last}`;
  };
  return (
    TYPE_LETTER[type] +
    triplet(6, (bits & 0o4000) !== 0, 's') +
    triplet(3, (bits & 0o2000) !== 0, 's') +
    triplet(0, (bits & 0o1000) !== 0, 't')
  );
}

/** Sizes as every page writes them (binary units). */
export const formatSize = (bytes: number): string => formatBytes(bytes);

export const TYPE_LABEL: Record<LxdFileStat['type'], string> = { file: 'File', directory: 'Folder', symlink: 'Link' };

/** Why a file cannot be opened in the editor, or null when it can (text is checked on reading). */
export function editBlockReason(stat: LxdFileStat | undefined, maxBytes: number): string | null {
  if (!stat) return 'Wait until the file has been read.';
  if (stat.type !== 'file') return 'Only regular files can be edited.';
  if (stat.size === undefined) return 'Its size is unknown; download it instead.';
  if (stat.size > maxBytes) return `Larger than ${formatSize(maxBytes)}; download it instead.`;
  return null;
}
