import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EditableObject } from '@/lib/config/editable';
import type { LxdClient, LxdDevice, LxdInstance, LxdInstancePut, LxdProfile } from '@/lxd';
import { useLxdClient } from '../client-context';
import { objectPath } from '../collection';
import { useObjectUpdate } from '../objectUpdate';
import { instanceKeys } from '../instances/keys';
import { BULK_CONCURRENCY, runPool } from '../instances/mutations';
import { profileKeys } from './keys';

const PROFILES = '/1.0/profiles';
const profilePath = (name: string) => objectPath(PROFILES, name);
const instancePath = (name: string) => objectPath('/1.0/instances', name);

/** The body of `POST /1.0/profiles`. */
export interface CreateProfileInput {
  name: string;
  description: string;
  config: Record<string, string>;
  devices: Record<string, LxdDevice>;
}

/** The create page shows LXD's refusal next to what the user typed, so no error toast. */
export function useCreateProfile(project: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateProfileInput) => client.run('POST', PROFILES, { project, body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: profileKeys.list(client.id, project) }),
    meta: { successMessage: 'Profile created' },
  });
}

/**
 * LXD renames the profile in every instance that uses it, so the project's instances are re-read
 * too. The rename dialog shows LXD's refusal next to the name, so no error toast.
 */
export function useRenameProfile(project: string, name: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (newName: string) => client.run('POST', profilePath(name), { project, body: { name: newName } }),
    // The old name's detail is left alone: re-reading it now would only answer 404.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: profileKeys.list(client.id, project) }),
        queryClient.invalidateQueries({ queryKey: instanceKeys.all(client.id, project) }),
      ]),
    meta: { successMessage: `Renamed profile ${name}` },
  });
}

/** The DestroyDialog shows LXD's refusal itself, so no error toast. */
export function useDeleteProfile(project: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => client.run('DELETE', profilePath(name), { project }),
    // The deleted profile's detail is left alone: its page is about to leave, and re-reading it now would only answer 404.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: profileKeys.list(client.id, project) }),
    meta: { successMessage: 'Profile deleted' },
  });
}

// --- a profile on many instances ---------------------------------------------------------

/**
 * Which instances get the profile and which lose it. An instance in both lists, or one that
 * already is as asked, is left alone (and reported as `unchanged`).
 */
export interface SetProfileOnInstancesInput {
  profile: string;
  /** Instance names that should use the profile (it is appended, so it applies last). */
  add: readonly string[];
  /** Instance names that should stop using the profile. */
  remove: readonly string[];
  /** Called after each instance is done, for a progress count. */
  onProgress?: (done: number, total: number) => void;
}

export interface SetProfileOutcome {
  instance: string;
  change: 'add' | 'remove';
  /** The instance already was as asked; nothing was sent. */
  unchanged?: boolean;
  /** LXD's message when this instance was not changed. */
  error?: string;
}

/** The instance's profile list with `profile` added at the end or removed; the same array when nothing changes. */
export function profilesWith(profiles: readonly string[], profile: string, change: 'add' | 'remove'): readonly string[] {
  if (change === 'add') return profiles.includes(profile) ? profiles : [...profiles, profile];
  return profiles.includes(profile) ? profiles.filter((name) => name !== profile) : profiles;
}

/**
 * The whole writable instance with another profile list. Everything else goes back as read (the
 * description included: LXD 5.0 clears it when an update leaves it out).
 */
export function instancePutWithProfiles(instance: LxdInstance, profiles: readonly string[]): LxdInstancePut {
  const { architecture, config, devices, ephemeral, stateful, description } = instance;
  return { architecture, config, devices, ephemeral, stateful, description, profiles: [...profiles] };
}

/**
 * For each instance: GET it (for its profile list and ETag), then PUT the new list with If-Match,
 * so a change made meanwhile by someone else is refused (412) instead of overwritten. Six
 * instances at a time; every failure is reported with LXD's message, none stops the others.
 */
export async function setProfileOnInstances(
  client: LxdClient,
  project: string,
  { profile, add, remove, onProgress }: SetProfileOnInstancesInput,
): Promise<SetProfileOutcome[]> {
  const both = new Set(add.filter((name) => remove.includes(name)));
  const jobs = [
    ...add.filter((name) => !both.has(name)).map((instance) => ({ instance, change: 'add' as const })),
    ...remove.filter((name) => !both.has(name)).map((instance) => ({ instance, change: 'remove' as const })),
  ];
  let done = 0;
  return runPool(jobs, BULK_CONCURRENCY, async ({ instance, change }): Promise<SetProfileOutcome> => {
    try {
      const current = await client.get<LxdInstance>(instancePath(instance), { project });
      const next = profilesWith(current.data.profiles ?? [], profile, change);
      if (next === current.data.profiles) return { instance, change, unchanged: true };
      await client.run('PUT', instancePath(instance), { project, etag: current.etag, body: instancePutWithProfiles(current.data, next) });
      return { instance, change };
    } catch (error) {
      return { instance, change, error: error instanceof Error ? error.message : String(error) };
    } finally {
      onProgress?.(++done, jobs.length);
    }
  });
}

/**
 * Adds a profile to some instances and removes it from others, e.g. from a profile's page or
 * for the selection of the instance list:
 *
 *   const setProfile = useSetProfileOnInstances(project);
 *   const outcomes = await setProfile.mutateAsync({ profile: 'small', add: ['web', 'db'], remove: [] });
 *   const failed = outcomes.filter((outcome) => outcome.error);
 *
 * It resolves (never rejects) with one outcome per instance, in the order given; the caller shows
 * the failures with LXD's messages. The profile's and the instances' queries are re-read at the end.
 */
export function useSetProfileOnInstances(project: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...profileKeys.all(client.id, project), 'set-on-instances'],
    mutationFn: (input: SetProfileOnInstancesInput) => setProfileOnInstances(client, project, input),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: profileKeys.all(client.id, project) }),
        queryClient.invalidateQueries({ queryKey: instanceKeys.all(client.id, project) }),
      ]),
  });
}

/**
 * The profile's Configuration tab saves through this: PUT with If-Match (412 when the profile
 * changed since the edit began), then the profile read back with its new ETag.
 */
export function useUpdateProfile(project: string, name: string) {
  const client = useLxdClient();
  return useObjectUpdate<LxdProfile, EditableObject>({
    path: profilePath(name),
    project,
    detailKey: profileKeys.detail(client.id, project, name),
    invalidate: [profileKeys.list(client.id, project)],
    successMessage: `Saved the configuration of ${name}`,
  });
}
