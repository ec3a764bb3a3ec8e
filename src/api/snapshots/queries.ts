import { queryOptions } from '@tanstack/react-query';
import type { LxdClient, LxdSnapshotItem } from '@/lxd';
import { volumePath } from '../storage-volumes/queries';
import { snapshotKeys, type SnapshotOwner } from './keys';

/** `/1.0/instances/<name>` or `/1.0/storage-pools/<pool>/volumes/custom/<name>`. */
export const snapshotOwnerPath = (owner: SnapshotOwner) =>
  typeof owner === 'string' ? `/1.0/instances/${encodeURIComponent(owner)}` : volumePath(owner.pool, 'custom', owner.volume);

/** What the owner is called in sentences. */
export const snapshotOwnerName = (owner: SnapshotOwner) => (typeof owner === 'string' ? owner : owner.volume);

export const snapshotQueries = {
  list: (client: LxdClient, project: string, owner: SnapshotOwner) =>
    queryOptions({
      queryKey: snapshotKeys.list(client.id, project, owner),
      queryFn: async ({ signal }) =>
        (
          (await client.get<LxdSnapshotItem[]>(`${snapshotOwnerPath(owner)}/snapshots`, { project, query: { recursion: 1 }, signal })).data ?? []
        ).map((snapshot) => ({
          ...snapshot,
          // A volume's snapshots are named `<volume>/<snapshot>`.
          name: snapshot.name.includes('/') ? snapshot.name.slice(snapshot.name.lastIndexOf('/') + 1) : snapshot.name,
        })),
    }),
};
