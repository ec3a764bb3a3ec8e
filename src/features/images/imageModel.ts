import { isUnsetTime } from '@/lib/format';
import { imageListName } from '@/lib/listPreview';
import type { LxdImage, LxdInstance } from '@/lxd';

/** The 12 characters `lxc image list` shows. */
export const shortFingerprint = (fingerprint: string) => fingerprint.slice(0, 12);

/** What names an image to a person: its first alias, else its short fingerprint (the list sorts by it, and so does its preview). */
export const imageName: (image: Pick<LxdImage, 'aliases' | 'fingerprint'>) => string = imageListName;

export const aliasNames = (image: Pick<LxdImage, 'aliases'>): string[] => (image.aliases ?? []).map((alias) => alias.name);

export const imageDescription = (image: Pick<LxdImage, 'properties'>) => image.properties?.description ?? '';

/** `Busybox 1.36` from the `os` and `release` properties. */
export function osRelease(image: Pick<LxdImage, 'properties'>): string {
  return [image.properties?.os, image.properties?.release].filter(Boolean).join(' ');
}

export const TYPE_OPTIONS = [
  { value: 'container', label: 'Container' },
  { value: 'virtual-machine', label: 'Virtual machine' },
] as const;

export const typeLabel = (type: string) => TYPE_OPTIONS.find((option) => option.value === type)?.label ?? type;

/** LXD writes "never" as a zero date (year 1 or 1970). */
export const expiresNever = (image: Pick<LxdImage, 'expires_at'>) => isUnsetTime(image.expires_at);

/** The architectures present, for the filter (sorted, each once). */
export function architecturesOf(images: readonly LxdImage[] | undefined): string[] {
  return [...new Set((images ?? []).map((image) => image.architecture))].sort();
}

/** The instances created from this image: LXD records the fingerprint in `volatile.base_image`. */
export function instancesFromImage(instances: readonly LxdInstance[] | undefined, fingerprint: string): LxdInstance[] {
  return (instances ?? []).filter((instance) => instance.config?.['volatile.base_image'] === fingerprint);
}

/** The texts the list's filter box searches. */
export function imageSearchText(image: LxdImage): string[] {
  return [image.fingerprint, ...aliasNames(image), imageDescription(image), osRelease(image), image.architecture];
}

/** `yes` / `no` filter values of the list's flag filters. */
export const YES_NO_OPTIONS = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

export const matchesFlag = (flag: boolean, value: string) => (value === 'yes' ? flag : value === 'no' ? !flag : true);

/** LXD's rules for an alias name, checked before sending; undefined when it is fine. */
export function aliasNameProblem(name: string, taken: readonly string[]): string | undefined {
  if (!name) return 'Enter a name';
  if (name.includes('/')) return 'Alias names may not contain slashes';
  if (/\s/.test(name)) return 'Alias names may not contain spaces';
  if (taken.includes(name)) return `The alias ${name} already exists`;
  return undefined;
}
