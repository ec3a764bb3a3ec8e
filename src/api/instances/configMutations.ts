import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { LxdClient, LxdError, LxdInstance, LxdInstancePut, LxdInstancesPost, LxdOperation, LxdSyncResult } from '@/lxd';
import { isLxdError } from '@/lxd';
import { useLxdClient } from '../client-context';
import { updateObject, useObjectUpdate, type ObjectUpdateVariables } from '../objectUpdate';
import { instanceKeys } from './keys';

export type CreateStep = 'create' | 'start';

/** Which step of a create is under way, and its LXD operation once LXD has answered with one. */
export interface CreateProgress {
  step: CreateStep;
  operationId?: string;
}

export interface CreateInstanceVariables {
  body: LxdInstancesPost;
  /** Start the instance once it exists. */
  start: boolean;
  /** On a cluster: the member, or `@<group>`, to create it on (`?target=`); LXD chooses when unset. */
  target?: string;
}

export interface CreatedInstance {
  name: string;
  /** Set when the instance was created but would not start: it exists, so this is not a failed create. */
  startError?: LxdError | Error;
}

const instancePath = (name: string) => `/1.0/instances/${encodeURIComponent(name)}`;

/** `resources.instances` of a create operation names the instance (LXD picks one when the name is empty). */
export function createdInstanceName(operation: Pick<LxdOperation, 'resources'> | undefined): string | undefined {
  const path = operation?.resources?.instances?.[0];
  if (!path) return undefined;
  const last = new URL(path, 'https://lxd.invalid').pathname.split('/').filter(Boolean).at(-1);
  return last ? decodeURIComponent(last) : undefined;
}

/**
 * POST /1.0/instances and wait for its operation, then optionally start the instance and wait for
 * that. The request and the wait are separate (rather than `client.run`) so the operation id can be
 * reported as soon as LXD answers: the page shows that operation's progress from the events stream.
 */
export async function createInstance(
  client: LxdClient,
  project: string,
  { body, start, target }: CreateInstanceVariables,
  onProgress: (progress: CreateProgress) => void = () => {},
): Promise<CreatedInstance> {
  onProgress({ step: 'create' });
  const created = await client.request('POST', '/1.0/instances', { project, body, ...(target ? { query: { target } } : {}) });
  let name = body.name ?? '';
  if (created.type === 'async') {
    onProgress({ step: 'create', operationId: created.operation.id });
    const operation = await client.waitOperation(created.operation.id, { project });
    name = name || createdInstanceName(operation) || createdInstanceName(created.operation) || '';
  }
  if (!start) return { name };

  try {
    onProgress({ step: 'start' });
    const started = await client.request('PUT', `${instancePath(name)}/state`, {
      project,
      body: { action: 'start', timeout: 30 },
    });
    if (started.type === 'async') {
      onProgress({ step: 'start', operationId: started.operation.id });
      await client.waitOperation(started.operation.id, { project });
    }
  } catch (error) {
    return { name, startError: isLxdError(error) || error instanceof Error ? error : new Error(String(error)) };
  }
  return { name };
}

/** Creates an instance; `progress` says which step runs and under which LXD operation. */
export function useCreateInstance(project: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<CreateProgress>();
  const latest = useRef<CreateProgress>(undefined);
  const mutation = useMutation({
    mutationFn: (variables: CreateInstanceVariables) =>
      createInstance(client, project, variables, (next) => {
        latest.current = next;
        setProgress(next);
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: instanceKeys.list(client.id, project) }),
    // No errorMessage: the form shows LXD's message next to what the user typed.
  });
  return {
    ...mutation,
    progress: mutation.isPending ? progress : undefined,
    /** Whether LXD had accepted the last create (answered with its operation), for errors after that point. */
    wasAccepted: () => latest.current?.operationId !== undefined,
  };
}

export type UpdateInstanceVariables = ObjectUpdateVariables<LxdInstancePut>;

/** PUT the instance with If-Match, wait for the operation, and read it back with its new ETag. */
export function updateInstance(
  client: LxdClient,
  project: string,
  name: string,
  variables: UpdateInstanceVariables,
): Promise<LxdSyncResult<LxdInstance>> {
  return updateObject(client, instancePath(name), project, variables);
}

/** The Configuration tab's save: PUT with If-Match; the fresh read goes into the detail query. */
export function useUpdateInstance(project: string, name: string) {
  const client = useLxdClient();
  return useObjectUpdate<LxdInstance, LxdInstancePut>({
    path: instancePath(name),
    project,
    detailKey: instanceKeys.detail(client.id, project, name),
    invalidate: [instanceKeys.list(client.id, project)],
    successMessage: `Saved the configuration of ${name}`,
  });
}
