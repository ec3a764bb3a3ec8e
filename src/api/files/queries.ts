import { queryOptions } from '@tanstack/react-query';
import type { LxdClient } from '@/lxd/client';
import { LxdError } from '@/lxd/errors';
import {
  RANGE_FIRST_BYTE,
  createLimiter,
  decodeText,
  filesPath,
  isPseudoFilesystemPath,
  joinPath,
  parseFileHeaders,
  sizeFromRangeAnswer,
  type LxdFileStat,
} from '@/lxd/files';
import { fileKeys } from './keys';

/** Stats of listed entries run a few at a time, so a long directory cannot flood the server. */
const STAT_CONCURRENCY = 4;
const statLimiter = createLimiter(STAT_CONCURRENCY);
/** A FIFO answers a GET only once someone writes to it; give up on its size rather than wait. */
const SIZE_TIMEOUT_MS = 8_000;
/** Larger files are offered as a download only. */
export const EDITABLE_MAX_BYTES = 1024 * 1024;

export type DirectoryListing =
  | { kind: 'directory'; names: string[] }
  /** The path is not a directory: its stat, and a symlink's target as LXD resolved it. */
  | { kind: 'other'; stat: LxdFileStat; target?: string };

const decoder = new TextDecoder();

function statFrom(headers: Headers, url: string): LxdFileStat {
  const stat = parseFileHeaders(headers);
  if (!stat) throw new LxdError({ message: 'The server sent no file metadata (X-LXD-* headers)', status: 200, url, kind: 'http' });
  return stat;
}

/** Same-origin URL of a file: a plain link downloads it with the browser's client certificate. */
export function fileDownloadUrl(client: LxdClient, project: string, instance: string, path: string): string {
  return client.url(filesPath(instance), { project, query: { path } });
}

export const fileQueries = {
  /**
   * Lists a directory. Sent with `Range: bytes=0-0`: a directory ignores it and answers its
   * listing, while a path that turns out to be a file costs one byte instead of its whole body.
   */
  list: (client: LxdClient, project: string, instance: string, path: string) =>
    queryOptions({
      queryKey: fileKeys.list(client.id, project, instance, path),
      queryFn: async ({ signal }): Promise<DirectoryListing> => {
        const url = fileDownloadUrl(client, project, instance, path);
        const answer = await client.requestRaw('GET', filesPath(instance), {
          project,
          query: { path },
          headers: { Range: RANGE_FIRST_BYTE },
          okStatuses: [416],
          signal,
        });
        const stat = statFrom(answer.headers, url);
        if (stat.type === 'directory') {
          const envelope = JSON.parse(decoder.decode(answer.bytes)) as { metadata?: string[] | null };
          const names = [...(envelope.metadata ?? [])].sort((a, b) => a.localeCompare(b));
          return { kind: 'directory', names };
        }
        if (stat.type === 'symlink') {
          // The target is short; read it whole (the ranged answer held one byte of it).
          const whole = await client.requestRaw('GET', filesPath(instance), { project, query: { path }, signal });
          return { kind: 'other', stat, target: decoder.decode(whole.bytes) };
        }
        return { kind: 'other', stat };
      },
    }),

  /**
   * Type, mode, owner and (for regular files) size of one entry. HEAD (`instance_file_head`)
   * reads only the metadata: no body, never opens the file, no lifecycle event. The size needs a
   * GET, limited to one byte by Range; it is skipped for directories and symlinks and under
   * /proc, /sys and /dev, where sizes mean nothing and opening can block.
   */
  stat: (client: LxdClient, project: string, instance: string, directory: string, name: string, hasHead: boolean) =>
    queryOptions({
      queryKey: fileKeys.stat(client.id, project, instance, directory, name),
      queryFn: ({ signal }) =>
        statLimiter(async (): Promise<LxdFileStat> => {
          const path = joinPath(directory, name);
          const url = fileDownloadUrl(client, project, instance, path);
          const query = { path };
          const pseudo = isPseudoFilesystemPath(path);
          if (hasHead || pseudo) {
            if (!hasHead) throw new LxdError({ message: 'Not read on this server (no HEAD)', status: 0, url, kind: 'http' });
            const head = await client.requestRaw('HEAD', filesPath(instance), { project, query, signal });
            const stat = statFrom(head.headers, url);
            if (stat.type !== 'file' || pseudo) return stat;
          }
          try {
            const ranged = await client.requestRaw('GET', filesPath(instance), {
              project,
              query,
              headers: { Range: RANGE_FIRST_BYTE },
              okStatuses: [416],
              signal,
              timeoutMs: SIZE_TIMEOUT_MS,
            });
            const stat = statFrom(ranged.headers, url);
            const size = stat.type === 'file' ? sizeFromRangeAnswer(ranged.status, ranged.headers) : undefined;
            return size === undefined ? stat : { ...stat, size };
          } catch (error) {
            if (error instanceof LxdError && error.kind === 'timeout' && hasHead) {
              // Metadata came from HEAD; only the size is unknown (a FIFO, a device).
              const head = await client.requestRaw('HEAD', filesPath(instance), { project, query, signal });
              return statFrom(head.headers, url);
            }
            throw error;
          }
        }, signal),
    }),

  /** The whole file, for the editor; it is only asked for files of at most EDITABLE_MAX_BYTES. */
  content: (client: LxdClient, project: string, instance: string, path: string) =>
    queryOptions({
      queryKey: fileKeys.content(client.id, project, instance, path),
      queryFn: async ({ signal }) => {
        const answer = await client.requestRaw('GET', filesPath(instance), { project, query: { path }, signal });
        const stat = statFrom(answer.headers, fileDownloadUrl(client, project, instance, path));
        return { stat, text: decodeText(answer.bytes), size: answer.bytes.length };
      },
      // What is being edited must not change under the user's hands.
      refetchOnWindowFocus: false,
      gcTime: 0,
    }),
};
