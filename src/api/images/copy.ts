import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { LxdClient, LxdOperation } from '@/lxd';
import { useLxdClient } from '../client-context';
import { imageKeys } from './keys';

/** Copy an image from an image server to this server (`lxc image copy <remote>:<alias> local:`). */
export interface CopyImageVariables {
  project: string;
  /** The image server's address. */
  server: string;
  protocol: 'simplestreams';
  /** The image on that server: an alias or a fingerprint. */
  alias: string;
  /** Local aliases to create for the copy. */
  aliases: string[];
  autoUpdate: boolean;
  public: boolean;
}

/** `POST /1.0/images` body (ImagesPost): source `image`, mode `pull`, with the new image's aliases. */
export function copyImageBody(variables: CopyImageVariables) {
  return {
    source: { type: 'image', mode: 'pull', server: variables.server, protocol: variables.protocol, alias: variables.alias },
    aliases: variables.aliases.map((name) => ({ name, description: '' })),
    auto_update: variables.autoUpdate,
    public: variables.public,
  };
}

/** Aliases typed as text: separated by commas or spaces, duplicates dropped. */
export function parseAliasList(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).map((alias) => alias.trim()).filter(Boolean))];
}

/** The fingerprint of the image a finished copy made (`metadata.fingerprint` of LXD's operation). */
export function copiedFingerprint(operation: Pick<LxdOperation, 'metadata'> | undefined): string | undefined {
  const fingerprint = operation?.metadata?.fingerprint;
  return typeof fingerprint === 'string' && fingerprint ? fingerprint : undefined;
}

export interface CopyStarted {
  id: string;
  mayCancel: boolean;
}

export async function copyImage(
  client: LxdClient,
  variables: CopyImageVariables,
  onStarted: (operation: CopyStarted) => void = () => {},
): Promise<{ fingerprint?: string }> {
  const result = await client.request('POST', '/1.0/images', { project: variables.project, body: copyImageBody(variables) });
  if (result.type !== 'async') return {};
  onStarted({ id: result.operation.id, mayCancel: result.operation.may_cancel });
  const operation = await client.waitOperation(result.operation.id, { project: variables.project, timeoutMs: 60 * 60_000 });
  let fingerprint = copiedFingerprint(operation);
  if (!fingerprint && variables.aliases[0]) {
    const alias = await client.get<{ target: string }>(`/1.0/images/aliases/${encodeURIComponent(variables.aliases[0])}`, { project: variables.project });
    fingerprint = alias.data.target;
  }
  return { fingerprint };
}

/** Copies an image; `started` names LXD's operation (for its progress and Cancel) once LXD answered. */
export function useCopyImage() {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  const [started, setStarted] = useState<CopyStarted>();
  const project = useRef('');
  const mutation = useMutation({
    mutationFn: (variables: CopyImageVariables) => {
      project.current = variables.project;
      setStarted(undefined);
      return copyImage(client, variables, setStarted);
    },
    onSettled: (_data, _error, variables) => queryClient.invalidateQueries({ queryKey: imageKeys.all(client.id, variables.project) }),
  });
  const cancel = useMutation({
    mutationFn: (id: string) => client.cancelOperation(id, project.current),
  });
  return { ...mutation, started, cancel };
}
