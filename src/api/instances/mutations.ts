import {
  MutationObserver,
  type MutationObserverOptions,
  mutationOptions,
  useMutation,
  useMutationState,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import type { LxdClient, LxdInstance, LxdOperation } from '@/lxd';
import { useLxdClient } from '../client-context';
import type { LxdMutationMeta } from '../mutationMeta';
import { imageKeys } from '../images/keys';
import { instanceKeys } from './keys';

/** What the lifecycle buttons ask LXD for; `force-stop` is a stop that does not wait for the guest. */
export type LifecycleAction = 'start' | 'stop' | 'force-stop' | 'restart' | 'freeze' | 'unfreeze';
export type InstanceMutationKind = LifecycleAction | 'delete' | 'rename' | 'copy' | 'publish';

/**
 * How long a graceful stop or restart waits for the guest to shut down before LXD gives up
 * (LXD then fails the operation and the instance keeps running; the UI offers a forced stop).
 */
export const STOP_TIMEOUT_SECONDS = 30;
/** Instances acted on at once by a bulk action; the rest wait their turn. */
export const BULK_CONCURRENCY = 6;

export interface InstanceStateRequest {
  action: 'start' | 'stop' | 'restart' | 'freeze' | 'unfreeze';
  timeout?: number;
  force?: boolean;
}

/** The body of `PUT /1.0/instances/<name>/state`. LXD treats a stop with timeout 0 as forced. */
export function stateRequest(action: LifecycleAction): InstanceStateRequest {
  switch (action) {
    case 'stop':
      return { action: 'stop', timeout: STOP_TIMEOUT_SECONDS, force: false };
    case 'force-stop':
      return { action: 'stop', timeout: STOP_TIMEOUT_SECONDS, force: true };
    case 'restart':
      return { action: 'restart', timeout: STOP_TIMEOUT_SECONDS, force: false };
    default:
      return { action, timeout: STOP_TIMEOUT_SECONDS };
  }
}

const VERB: Record<InstanceMutationKind, string> = {
  start: 'start',
  stop: 'stop',
  'force-stop': 'force-stop',
  restart: 'restart',
  freeze: 'freeze',
  unfreeze: 'unfreeze',
  delete: 'delete',
  rename: 'rename',
  copy: 'copy',
  publish: 'publish',
};

/**
 * Mutation keys live beside the query keys of the project, so `useMutationState` can find every
 * instance action of a project with one prefix. Bulk runs have their own key so an instance
 * named "bulk" cannot be confused with them.
 */
export const instanceMutationKeys = {
  all: (server: string, project: string) => [...instanceKeys.all(server, project), 'mutation'] as const,
  instance: (server: string, project: string, name: string) =>
    [...instanceMutationKeys.all(server, project), name] as const,
  kind: (server: string, project: string, name: string, kind: InstanceMutationKind) =>
    [...instanceMutationKeys.instance(server, project, name), kind] as const,
  bulk: (server: string, project: string) => [...instanceKeys.all(server, project), 'bulk-mutation'] as const,
};

const instancePath = (name: string) => `/1.0/instances/${encodeURIComponent(name)}`;

interface FactoryOptions {
  /** Replaces the default toast texts (bulk runs report in their own summary instead). */
  meta?: LxdMutationMeta;
  /** Bulk runs refresh the list once at the end instead of once per instance. */
  refreshList?: boolean;
}

function refreshInstance(queryClient: QueryClient, server: string, project: string, name: string, list: boolean) {
  return Promise.all([
    // The detail key is a prefix of the instance's sub-resources (snapshots, ...).
    queryClient.invalidateQueries({ queryKey: instanceKeys.detail(server, project, name) }),
    queryClient.invalidateQueries({ queryKey: instanceKeys.state(server, project, name) }),
    list ? queryClient.invalidateQueries({ queryKey: instanceKeys.list(server, project) }) : undefined,
  ]);
}

/** Option factories, shared by the hooks below and by bulk runs, so both behave the same. */
export const instanceMutations = {
  lifecycle: (client: LxdClient, project: string, name: string, action: LifecycleAction, options: FactoryOptions = {}) =>
    mutationOptions({
      mutationKey: instanceMutationKeys.kind(client.id, project, name, action),
      mutationFn: () => client.run('PUT', `${instancePath(name)}/state`, { project, body: stateRequest(action) }),
      // Also after a failure: the instance may have changed anyway (e.g. a stop that half worked).
      // The pending state lasts until the refreshed status is in, so the row never flickers back.
      onSettled: (_data, _error, _variables, _result, context) =>
        refreshInstance(context.client, client.id, project, name, options.refreshList ?? true),
      meta: options.meta ?? { errorMessage: `Could not ${VERB[action]} ${name}` },
    }),

  delete: (client: LxdClient, project: string, name: string, options: FactoryOptions = {}) =>
    mutationOptions({
      mutationKey: instanceMutationKeys.kind(client.id, project, name, 'delete'),
      mutationFn: () => client.run('DELETE', instancePath(name), { project }),
      onSuccess: (_data, _variables, _result, context) =>
        options.refreshList === false
          ? undefined
          : context.client.invalidateQueries({ queryKey: instanceKeys.list(client.id, project) }),
      meta: options.meta ?? { successMessage: `Deleted ${name}` },
    }),
};

export function useInstanceLifecycle(project: string, name: string, action: LifecycleAction) {
  const client = useLxdClient();
  return useMutation(instanceMutations.lifecycle(client, project, name, action));
}

/** Runs a mutation with a detached observer; the finished mutation is garbage-collected like any other. */
export function runDetached<TData, TError, TContext>(
  queryClient: QueryClient,
  options: MutationObserverOptions<TData, TError, void, TContext>,
) {
  const observer = new MutationObserver(queryClient, options);
  return observer.mutate().finally(() => observer.reset());
}

/**
 * Starts a lifecycle action on one instance without subscribing the caller to it: buttons read
 * the pending state from `useInstanceMutationSummaries` (one subscription per page), so a list's
 * rows create no mutation observers when they render. Failures are reported by the mutation's
 * meta (a toast), as with `useInstanceLifecycle`.
 */
export function useRunLifecycle(project: string, name: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useCallback(
    (action: LifecycleAction) => {
      runDetached(queryClient, instanceMutations.lifecycle(client, project, name, action)).catch(() => undefined);
    },
    [client, queryClient, project, name],
  );
}

/** The confirm dialog shows LXD's refusal itself, so no error toast. */
export function useDeleteInstance(project: string, name: string) {
  const client = useLxdClient();
  return useMutation(instanceMutations.delete(client, project, name));
}

/** Renaming needs a stopped instance; the dialog shows LXD's refusal next to the name. */
export function useRenameInstance(project: string, name: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: instanceMutationKeys.kind(client.id, project, name, 'rename'),
    mutationFn: (newName: string) => client.run('POST', instancePath(name), { project, body: { name: newName } }),
    // The old name's detail is left alone: re-reading it now would only answer 404 under the
    // page that is about to move to the new name.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: instanceKeys.list(client.id, project) }),
    meta: { successMessage: `Renamed ${name}` },
  });
}

export interface CopyInstanceInput {
  name: string;
  /** false copies only the instance, without its snapshots. */
  withSnapshots: boolean;
}

/**
 * The copy body as `lxc copy` builds it: LXD gives a copy nothing of its own, so the source's
 * profiles, config and devices are sent along. Volatile keys describe the source's own runtime
 * (MAC addresses, idmaps, ...) and are dropped, except the base image the copy shares.
 */
export function copyRequest(source: LxdInstance, input: CopyInstanceInput) {
  const config = Object.fromEntries(
    Object.entries(source.config).filter(([key]) => !key.startsWith('volatile.') || key === 'volatile.base_image'),
  );
  return {
    name: input.name,
    type: source.type,
    architecture: source.architecture,
    description: source.description,
    profiles: source.profiles,
    config,
    devices: source.devices,
    ephemeral: source.ephemeral,
    source: {
      type: 'copy',
      source: source.name,
      instance_only: !input.withSnapshots,
      ...(config['volatile.base_image'] ? { 'base-image': config['volatile.base_image'] } : {}),
    },
  };
}

export function useCopyInstance(project: string, source: LxdInstance) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: instanceMutationKeys.kind(client.id, project, source.name, 'copy'),
    mutationFn: (input: CopyInstanceInput) =>
      client.run('POST', '/1.0/instances', { project, body: copyRequest(source, input) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: instanceKeys.list(client.id, project) }),
    meta: { successMessage: `Copied ${source.name}` },
  });
}

export interface PublishInstanceInput {
  /** Empty publishes without an alias (the image is then known by its fingerprint only). */
  alias: string;
  public: boolean;
}

export interface PublishResult {
  fingerprint?: string;
}

export function usePublishInstance(project: string, name: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: instanceMutationKeys.kind(client.id, project, name, 'publish'),
    mutationFn: async (input: PublishInstanceInput): Promise<PublishResult> => {
      const { operation } = await client.run('POST', '/1.0/images', {
        project,
        body: {
          source: { type: 'instance', name },
          public: input.public,
          ...(input.alias ? { aliases: [{ name: input.alias, description: '' }] } : {}),
        },
      });
      return { fingerprint: publishedFingerprint(operation) };
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: imageKeys.all(client.id, project) }),
    // The dialog shows a failure itself; success closes it, so say so here.
    meta: { successMessage: `Published ${name} as an image` },
  });
}

function publishedFingerprint(operation: LxdOperation | undefined): string | undefined {
  const fingerprint = operation?.metadata?.fingerprint;
  return typeof fingerprint === 'string' ? fingerprint : undefined;
}

// --- pending actions, for rows and the detail header ---------------------------------------

export interface InstanceMutationEntry {
  name: string;
  kind: InstanceMutationKind;
  status: 'idle' | 'pending' | 'success' | 'error';
  submittedAt: number;
  error?: string;
}

export interface InstanceMutationSummary {
  /** The action running now (the latest, if several). */
  pending?: InstanceMutationKind;
  /** LXD's message when the latest stop or restart failed: the guest did not shut down in time. */
  stopFailed?: string;
}

const LIFECYCLE_KINDS = new Set<InstanceMutationKind>(['start', 'stop', 'force-stop', 'restart', 'freeze', 'unfreeze']);

/** Reads one entry per instance mutation from their keys; pure, so it is tested without React. */
export function summarizeInstanceMutations(entries: readonly InstanceMutationEntry[]): Map<string, InstanceMutationSummary> {
  const byName = new Map<string, InstanceMutationEntry[]>();
  for (const entry of entries) {
    const list = byName.get(entry.name) ?? [];
    list.push(entry);
    byName.set(entry.name, list);
  }
  const summaries = new Map<string, InstanceMutationSummary>();
  for (const [name, list] of byName) {
    const ordered = [...list].sort((a, b) => a.submittedAt - b.submittedAt);
    const summary: InstanceMutationSummary = {};
    const pending = ordered.filter((entry) => entry.status === 'pending').at(-1);
    if (pending) summary.pending = pending.kind;
    const lastLifecycle = ordered.filter((entry) => LIFECYCLE_KINDS.has(entry.kind)).at(-1);
    if (
      lastLifecycle &&
      lastLifecycle.status === 'error' &&
      (lastLifecycle.kind === 'stop' || lastLifecycle.kind === 'restart')
    ) {
      summary.stopFailed = lastLifecycle.error ?? 'The instance did not stop';
    }
    if (summary.pending || summary.stopFailed) summaries.set(name, summary);
  }
  return summaries;
}

/** Pending and failed-stop state of every instance of a project, from one subscription. */
export function useInstanceMutationSummaries(project: string): Map<string, InstanceMutationSummary> {
  const client = useLxdClient();
  const prefix = instanceMutationKeys.all(client.id, project);
  const entries = useMutationState({
    filters: { mutationKey: prefix },
    select: (mutation): InstanceMutationEntry => {
      const key = mutation.options.mutationKey ?? [];
      return {
        name: String(key[prefix.length]),
        kind: key[prefix.length + 1] as InstanceMutationKind,
        status: mutation.state.status,
        submittedAt: mutation.state.submittedAt,
        error: mutation.state.error?.message,
      };
    },
  });
  return summarizeInstanceMutations(entries);
}

// --- bulk runs --------------------------------------------------------------------------

/** Runs `task` over `items` with at most `limit` at once; results keep the input order. */
export async function runPool<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

export type BulkKind = LifecycleAction | 'delete';

export interface BulkInput {
  kind: BulkKind;
  names: readonly string[];
  /** Called after each instance is done, for a progress count. */
  onProgress?: (done: number) => void;
}

export interface BulkOutcome {
  name: string;
  /** LXD's message when this instance failed. */
  error?: string;
}

/**
 * A bulk action runs the same per-instance mutation as a row button (so each row shows its
 * pending action), a few at a time, and reports every outcome instead of stopping at the first
 * failure. Its own summary names each failure, so the per-instance toasts are turned off.
 */
export function useBulkInstanceAction(project: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: instanceMutationKeys.bulk(client.id, project),
    mutationFn: async ({ kind, names, onProgress }: BulkInput): Promise<BulkOutcome[]> => {
      const quiet = { meta: {}, refreshList: false };
      let done = 0;
      return runPool(names, BULK_CONCURRENCY, async (name) => {
        const options =
          kind === 'delete'
            ? instanceMutations.delete(client, project, name, quiet)
            : instanceMutations.lifecycle(client, project, name, kind, quiet);
        try {
          await runDetached(queryClient, options);
          return { name };
        } catch (error) {
          return { name, error: error instanceof Error ? error.message : String(error) };
        } finally {
          onProgress?.(++done);
        }
      });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: instanceKeys.list(client.id, project) }),
  });
}
