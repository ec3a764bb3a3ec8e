import { instanceKeys } from '../instances/keys';
import { storageVolumeKeys } from '../storage-volumes/keys';

/** Whose snapshots: an instance (by name) or a custom volume. */
export type SnapshotOwner = string | { pool: string; volume: string };

// Under the owner's detail key: any event about the instance or volume refreshes its snapshots too.
export const snapshotKeys = {
  list: (server: string, project: string, owner: SnapshotOwner) =>
    typeof owner === 'string'
      ? ([...instanceKeys.detail(server, project, owner), 'snapshots'] as const)
      : ([...storageVolumeKeys.detail(server, project, owner.pool, 'custom', owner.volume), 'snapshots'] as const),
};
