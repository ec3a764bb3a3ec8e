import type { LxdServer } from '@/lxd';

export interface DriverVersion {
  name: string;
  version?: string;
}

/**
 * LXD lists several instance drivers in one string (`lxc | qemu`) with their versions in the same
 * order (`5.0.2 | 8.2.2`).
 */
export function pairDrivers(names: string | undefined, versions: string | undefined): DriverVersion[] {
  const split = (text: string | undefined) => (text ? text.split('|').map((part) => part.trim()) : []);
  const versionList = split(versions);
  return split(names)
    .filter(Boolean)
    .map((name, index) => ({ name, version: versionList[index] || undefined }));
}

export const driverText = (driver: DriverVersion) => (driver.version ? `${driver.name} ${driver.version}` : driver.name);

/** The storage drivers the server can create pools with; `Remote` ones (ceph …) say so. */
export function supportedStorageDrivers(server: LxdServer): string[] {
  return (server.environment?.storage_supported_drivers ?? []).map(
    (driver) => `${driver.Name}${driver.Version ? ` ${driver.Version}` : ''}${driver.Remote ? ' (remote)' : ''}`,
  );
}

/** One API extension in the order the server lists them (the order they were added to LXD). */
export interface ApiExtension {
  position: number;
  name: string;
}

export const apiExtensions = (server: LxdServer): ApiExtension[] => server.api_extensions.map((name, index) => ({ position: index + 1, name }));
