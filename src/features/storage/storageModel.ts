import { usageOf, type Usage } from '@/components/UsageBar';
import { parseUsedBy, type UsedByRef } from '@/lib/usedBy';
import type { LxdServer, LxdStoragePool, LxdStoragePoolResources, LxdStorageVolume } from '@/lxd';

/** `1.2 GiB of 10 GiB (12%)`, and the share used as a fraction for the bar. */
export function poolSpace(resources: LxdStoragePoolResources | undefined): Usage | undefined {
  return resources ? usageOf(resources.space.used, resources.space.total) : undefined;
}

/** The volumes among a pool's users (instance, image and custom volumes of every project). */
export function poolVolumeCount(pool: Pick<LxdStoragePool, 'used_by'>): number {
  return (pool.used_by ?? []).filter((url) => parseUsedBy(url)?.rest[0] === 'volumes').length;
}

/** Why LXD would refuse to delete the pool, or undefined when it would not. */
export function poolDeleteRefusal(pool: Pick<LxdStoragePool, 'name' | 'used_by'>): string | undefined {
  const users = (pool.used_by ?? []).length;
  if (users === 0) return undefined;
  return `Storage pool ${pool.name} is in use (${users === 1 ? '1 user' : `${users} users`}): delete its volumes and remove it from profiles first.`;
}

/** The instances (not snapshots) a volume is attached to. */
export function attachedInstances(volume: Pick<LxdStorageVolume, 'used_by'>, project: string): UsedByRef[] {
  return (volume.used_by ?? [])
    .map((url) => parseUsedBy(url, project))
    .filter((ref): ref is UsedByRef => !!ref && ref.collection === 'instances' && ref.rest.length === 0);
}

/** Why LXD would refuse to delete the volume (it is attached), naming the instances, or undefined. */
export function volumeDeleteRefusal(volume: Pick<LxdStorageVolume, 'name' | 'used_by'>, project: string): string | undefined {
  const instances = attachedInstances(volume, project).map((ref) => ref.name);
  if (instances.length === 0) return undefined;
  const list = instances.length === 1 ? `instance ${instances[0] ?? ''}` : `instances ${instances.join(', ')}`;
  return `Volume ${volume.name} is attached to ${list}: detach it first.`;
}

/** A pool or volume name checked as LXD checks it: not empty, no slash, not `.`/`..`, not taken. */
export function storageNameProblem(noun: string, name: string, taken: readonly string[] = []): string | undefined {
  if (name === '') return 'No name provided';
  if (name.includes('/')) return `${noun} names may not contain slashes`;
  if (name === '.' || name === '..') return `Invalid ${noun.toLowerCase()} name "${name}"`;
  if (taken.includes(name)) return `A ${noun.toLowerCase()} named ${name} already exists`;
  return undefined;
}

/** The drivers this server can create pools with; `dir` when the server does not say. */
export function supportedDrivers(server: Pick<LxdServer, 'environment'> | undefined): string[] {
  const drivers = (server?.environment?.storage_supported_drivers ?? []).map((driver) => driver.Name).filter(Boolean);
  return drivers.length > 0 ? [...new Set(drivers)].sort() : ['dir'];
}

/** What the create form asks per driver: a source path (dir), or a loop file's size / a device. */
export type DriverFields = 'path' | 'loop' | 'source';

export function driverFields(driver: string): DriverFields {
  if (driver === 'dir') return 'path';
  if (driver === 'btrfs' || driver === 'lvm' || driver === 'zfs') return 'loop';
  return 'source';
}

/** The new pool's config from the form: empty fields are left to LXD. */
export function createPoolConfig(driver: string, source: string, size: string): Record<string, string> {
  const config: Record<string, string> = {};
  if (source.trim()) config.source = source.trim();
  if (driverFields(driver) === 'loop' && size.trim() && !source.trim()) config.size = size.trim();
  return config;
}

/** `custom`, `container` … as users know them. */
export const VOLUME_TYPE_LABEL: Record<string, string> = {
  custom: 'custom',
  container: 'container',
  'virtual-machine': 'virtual machine',
  image: 'image',
};
