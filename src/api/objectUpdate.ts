import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { LxdError, isLxdError, type LxdClient, type LxdSyncResult } from '@/lxd';
import { useLxdClient } from './client-context';

/** What a configuration save sends: the whole object, and the ETag of the version the edit started from. */
export interface ObjectUpdateVariables<Put> {
  body: Put;
  /** LXD answers 412 if the object changed since this version was read. */
  etag: string | undefined;
}

/**
 * PUT an LXD object with If-Match, wait for the operation when LXD answers with one, and read the
 * object back: the read carries the new ETag, so the next edit starts from exactly what was saved.
 * `project` is omitted for objects outside projects (the server, projects themselves).
 */
export async function updateObject<T, Put>(
  client: LxdClient,
  path: string,
  project: string | undefined,
  { body, etag }: ObjectUpdateVariables<Put>,
): Promise<LxdSyncResult<T>> {
  await client.run('PUT', path, { project, body, etag });
  return client.get<T>(path, { project });
}

const CONTENT_TAG = 'content:';

/** A stand-in ETag made from what a save replaces, for objects LXD reads without one. */
export function contentTagOf(part: unknown): string {
  return `${CONTENT_TAG}${JSON.stringify(part)}`;
}

/** The read with LXD's ETag, or else with the content tag, so edits can tell versions apart. */
export function withContentTag<T>(result: LxdSyncResult<T>, contentTag: (object: T) => string): LxdSyncResult<T> {
  return result.etag ? result : { ...result, etag: contentTag(result.data) };
}

export interface ObjectUpdateOptions<T = unknown> {
  /** The object's URL, e.g. `/1.0/profiles/web`. */
  path: string;
  project?: string;
  /** The detail query's key: set to the read-back version after a save, re-read after a 412. */
  detailKey: QueryKey;
  /** Keys to invalidate after a save (the list the object appears in). */
  invalidate?: readonly QueryKey[];
  /** The toast after a save, e.g. "Saved the configuration of web". */
  successMessage?: string;
  /**
   * For objects LXD reads without an ETag (storage pools on LXD 5.0.2, which still checks
   * If-Match on PUT): the tag their detail query made from their content (`contentTag`). A save
   * then reads the object again and fails as a 412 would when it changed, and sends no If-Match.
   * (A change in the moment between that read and the PUT can still be lost.)
   */
  contentTag?: (object: T) => string;
}

/**
 * The mutation behind every Configuration tab (`ConfigEditor`'s `save`). Errors are shown by the
 * editor next to what the user typed, so there is no error toast. A 412 re-reads the object, so
 * the conflict view can compare against the version that won even before its event arrives.
 */
export function useObjectUpdate<T, Put>({ path, project, detailKey, invalidate = [], successMessage, contentTag }: ObjectUpdateOptions<T>) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: ObjectUpdateVariables<Put>) => {
      if (contentTag && variables.etag?.startsWith(CONTENT_TAG)) {
        const now = await client.get<T>(path, { project });
        if (contentTag(now.data) !== variables.etag) {
          throw new LxdError({ message: 'It changed on the server since it was read', status: 412, url: client.url(path, { project }), kind: 'http' });
        }
        return withContentTag(await updateObject<T, Put>(client, path, project, { ...variables, etag: undefined }), contentTag);
      }
      return updateObject<T, Put>(client, path, project, variables);
    },
    onSuccess: (fresh) => {
      queryClient.setQueryData(detailKey, fresh);
      return Promise.all(invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
    onError: (error) => {
      if (isLxdError(error) && error.isConflict) return queryClient.invalidateQueries({ queryKey: detailKey });
    },
    meta: { successMessage },
  });
}
