import { serverKeys } from '../server/keys';

export const certificateKeys = {
  all: (server: string) => [...serverKeys.all(server), 'certificates'] as const,
  list: (server: string) => [...certificateKeys.all(server), 'list'] as const,
  detail: (server: string, fingerprint: string) => [...certificateKeys.all(server), 'detail', fingerprint] as const,
  /** The object with its ETag, for edits (under `detail`, so the detail's invalidation covers it). */
  editable: (server: string, fingerprint: string) => [...certificateKeys.detail(server, fingerprint), 'etag'] as const,
  /** Pending trust tokens (running operations of class `token`), without their secrets. */
  tokens: (server: string) => [...certificateKeys.all(server), 'tokens'] as const,
  /** The fingerprint of the certificate this browser presents, where it can be found out. */
  caller: (server: string) => [...certificateKeys.all(server), 'caller'] as const,
};
