import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LxdClient } from '@/lxd';
import { useLxdClient } from '../client-context';
import { objectPath } from '../collection';
import { BULK_CONCURRENCY, runPool } from '../instances/mutations';
import { useObjectUpdate } from '../objectUpdate';
import { imageKeys } from './keys';
import { imagePath, type LxdImageDetails, type LxdImagePut } from './queries';

const ALIASES = '/1.0/images/aliases';
const aliasPath = (name: string) => objectPath(ALIASES, name);

/** One image that could not be deleted, with LXD's message. */
export interface ImageDeleteFailure {
  fingerprint: string;
  error: string;
}

/**
 * Deletes images, six at a time; every failure is collected with LXD's message and none stops
 * the others. Resolves with the failures (empty when all went).
 */
export async function deleteImages(client: LxdClient, project: string, fingerprints: readonly string[]): Promise<ImageDeleteFailure[]> {
  const outcomes = await runPool(fingerprints, BULK_CONCURRENCY, async (fingerprint) => {
    try {
      await client.run('DELETE', imagePath(fingerprint), { project });
      return undefined;
    } catch (error) {
      return { fingerprint, error: error instanceof Error ? error.message : String(error) };
    }
  });
  return outcomes.filter((outcome): outcome is ImageDeleteFailure => outcome !== undefined);
}

/**
 * Deletes one or more images. It rejects when any could not be deleted (the DestroyDialog shows
 * the message, naming each), after the others are gone. Instances made from them are untouched:
 * LXD copies an image into each instance it creates.
 */
export function useDeleteImages(
  project: string,
  { nameOf = (fp) => fp.slice(0, 12), successMessage = 'Images deleted' }: { nameOf?: (fingerprint: string) => string; successMessage?: string } = {},
) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (fingerprints: readonly string[]) => {
      const failures = await deleteImages(client, project, fingerprints);
      if (failures.length > 0) {
        throw new Error(failures.map((failure) => `${nameOf(failure.fingerprint)}: ${failure.error}`).join('\n'));
      }
    },
    // Deleted or not, what is left is read again; the deleted images' details are left alone (404).
    onSettled: () => queryClient.invalidateQueries({ queryKey: imageKeys.list(client.id, project) }),
    meta: { successMessage },
  });
}

/**
 * The image's Configuration tab saves through this: PUT with If-Match (412 when the image changed
 * since the edit began), then the image read back with its new ETag.
 */
export function useUpdateImage(project: string, fingerprint: string) {
  const client = useLxdClient();
  return useObjectUpdate<LxdImageDetails, LxdImagePut>({
    path: imagePath(fingerprint),
    project,
    detailKey: imageKeys.detail(client.id, project, fingerprint),
    invalidate: [imageKeys.list(client.id, project)],
    successMessage: `Saved the image ${fingerprint.slice(0, 12)}`,
  });
}

/** After an alias change: the image's own query and the list (where the aliases show). */
function useAliasInvalidation(project: string, fingerprint: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: imageKeys.detail(client.id, project, fingerprint) }),
      queryClient.invalidateQueries({ queryKey: imageKeys.list(client.id, project) }),
    ]);
}

export interface ImageAliasInput {
  name: string;
  description: string;
}

/** `POST /1.0/images/aliases` pointing at the image. The dialog shows LXD's refusal, so no error toast. */
export function useCreateImageAlias(project: string, fingerprint: string) {
  const client = useLxdClient();
  const invalidate = useAliasInvalidation(project, fingerprint);
  return useMutation({
    mutationFn: ({ name, description }: ImageAliasInput) =>
      client.run('POST', ALIASES, { project, body: { name, description, target: fingerprint } }),
    onSuccess: invalidate,
    meta: { successMessage: 'Alias added' },
  });
}

/** `POST /1.0/images/aliases/<name>` with the new name. */
export function useRenameImageAlias(project: string, fingerprint: string, name: string) {
  const client = useLxdClient();
  const invalidate = useAliasInvalidation(project, fingerprint);
  return useMutation({
    mutationFn: (newName: string) => client.run('POST', aliasPath(name), { project, body: { name: newName } }),
    onSuccess: invalidate,
    meta: { successMessage: `Renamed alias ${name}` },
  });
}

/**
 * `PUT /1.0/images/aliases/<name>` with the same target: only the description changes. Not PATCH:
 * LXD 5.0.2 answers a PATCH of an alias with `context deadline exceeded` after 20 s (seen).
 */
export function useDescribeImageAlias(project: string, fingerprint: string, name: string) {
  const client = useLxdClient();
  const invalidate = useAliasInvalidation(project, fingerprint);
  return useMutation({
    mutationFn: (description: string) => client.run('PUT', aliasPath(name), { project, body: { description, target: fingerprint } }),
    onSuccess: invalidate,
    meta: { successMessage: `Saved the description of alias ${name}` },
  });
}

/** `DELETE /1.0/images/aliases/<name>`; the image stays. */
export function useDeleteImageAlias(project: string, fingerprint: string) {
  const client = useLxdClient();
  const invalidate = useAliasInvalidation(project, fingerprint);
  return useMutation({
    mutationFn: (name: string) => client.run('DELETE', aliasPath(name), { project }),
    onSuccess: invalidate,
    meta: { successMessage: 'Alias deleted' },
  });
}

/** Whether a refresh found a newer version: LXD puts `refreshed` in the operation's metadata. */
export function refreshedOf(operation: { metadata?: Record<string, unknown> | null } | undefined): boolean {
  return operation?.metadata?.refreshed === true;
}

export interface ImageRefreshResult {
  /** A newer version replaced the image. */
  refreshed: boolean;
  /** The newer version's fingerprint, read from the image's first alias (which LXD moves to it). */
  fingerprint?: string;
}

/**
 * `POST /1.0/images/<fingerprint>/refresh` (images that came from a server), waiting for LXD's
 * operation. A newer version is a new image: LXD moves the aliases to it and deletes this one.
 */
export function useRefreshImage(project: string, image: Pick<LxdImageDetails, 'fingerprint' | 'aliases'>) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<ImageRefreshResult> => {
      const { operation } = await client.run('POST', `${imagePath(image.fingerprint)}/refresh`, { project });
      if (!refreshedOf(operation)) return { refreshed: false };
      const alias = image.aliases?.[0]?.name;
      if (!alias) return { refreshed: true };
      const target = await client.get<{ target: string }>(aliasPath(alias), { project }).catch(() => undefined);
      return { refreshed: true, fingerprint: target?.data.target };
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: imageKeys.list(client.id, project) }),
    meta: { errorMessage: 'Could not refresh the image' },
  });
}
