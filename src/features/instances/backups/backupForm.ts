/**
 * Backup names as LXD accepts them: it refuses "/" (every version). "." and ".." are refused here
 * too, since LXD keeps the backup as a file named after it, and so are the characters that
 * snapshot names may not carry in a URL.
 */
export function backupNameError(name: string, taken: readonly string[] = []): string | null {
  if (name === '') return null;
  for (const character of ['/', '?', '&', '+', '\\']) {
    if (name.includes(character)) return `Cannot contain "${character}".`;
  }
  if (name === '.' || name === '..') return `"${name}" is not a valid name.`;
  if (taken.includes(name)) return `A backup named "${name}" already exists.`;
  return null;
}

const EXTENSIONS: Record<string, string> = {
  gzip: '.tar.gz',
  bzip2: '.tar.bz2',
  xz: '.tar.xz',
  lzma: '.tar.lzma',
  zstd: '.tar.zst',
  squashfs: '.squashfs',
  none: '.tar',
};

/**
 * A file name for the download: LXD's export sends no name. The archive format follows the server's
 * `backups.compression_algorithm` (gzip when unset).
 */
export function backupFileName(instance: string, backup: string, compression: string | undefined): string {
  const algorithm = (compression || 'gzip').trim().split(/\s+/)[0] ?? 'gzip';
  const extension = EXTENSIONS[algorithm] ?? '.tar';
  return `${instance}-${backup}${extension}`.replace(/[/\\?%*:|"<>\s]/g, '_');
}
