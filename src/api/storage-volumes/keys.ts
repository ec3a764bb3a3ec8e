import { projectKeys } from '../projects/keys';

// Custom volumes belong to a project (`features.storage.volumes`) and sit in a pool.
export const storageVolumeKeys = {
  all: (server: string, project: string) => [...projectKeys.scope(server, project), 'storage-volumes'] as const,
  pool: (server: string, project: string, pool: string) => [...storageVolumeKeys.all(server, project), pool] as const,
};
