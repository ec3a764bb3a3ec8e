import { queryOptions } from '@tanstack/react-query';
import { lookUpCallerFingerprint, type LxdClient, type LxdSyncResult } from '@/lxd';
import { flattenGroups, type LxdOperationGroups } from '../operations/operationList';
import { certificateKeys } from './keys';
import { pendingTokens } from './pendingTokens';
import type { LxdCertificate } from './types';

const certificatePath = (fingerprint: string) => `/1.0/certificates/${encodeURIComponent(fingerprint)}`;

export const certificateQueries = {
  list: (client: LxdClient) =>
    queryOptions({
      queryKey: certificateKeys.list(client.id),
      queryFn: async ({ signal }) => (await client.get<LxdCertificate[] | null>('/1.0/certificates', { query: { recursion: 1 }, signal })).data ?? [],
    }),
  detail: (client: LxdClient, fingerprint: string) =>
    queryOptions({
      queryKey: certificateKeys.detail(client.id, fingerprint),
      queryFn: async ({ signal }) => (await client.get<LxdCertificate>(certificatePath(fingerprint), { signal })).data,
    }),
  /** With the ETag an edit sends back as If-Match. */
  editable: (client: LxdClient, fingerprint: string) =>
    queryOptions({
      queryKey: certificateKeys.editable(client.id, fingerprint),
      queryFn: ({ signal }): Promise<LxdSyncResult<LxdCertificate>> => client.get<LxdCertificate>(certificatePath(fingerprint), { signal }),
    }),
  /**
   * Token operations are server-wide, so LXD 5.0 lists them in the default project's answer. Only
   * what the list shows is kept: the secrets never enter the cache.
   */
  tokens: (client: LxdClient) =>
    queryOptions({
      queryKey: certificateKeys.tokens(client.id),
      queryFn: async ({ signal }) =>
        pendingTokens(flattenGroups((await client.get<LxdOperationGroups | null>('/1.0/operations', { query: { recursion: 1 }, signal })).data)),
    }),
  /** Which certificate this browser presents, read from LXD's request log (see lxd/caller.ts). */
  caller: (client: LxdClient) =>
    queryOptions({
      queryKey: certificateKeys.caller(client.id),
      queryFn: ({ signal }) => lookUpCallerFingerprint(client, { signal }),
      staleTime: Infinity,
      gcTime: Infinity,
      retry: false,
    }),
};

export { certificatePath };
