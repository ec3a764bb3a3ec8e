import type { QueryClient } from '@tanstack/react-query';
import { instanceQueries } from '@/api/instances/queries';
import { listProjectFromHash, previewedList, wallEarlyReads } from '@/lib/earlyRequests';
import type { LxdClient, LxdServer } from '@/lxd';
import { serverQueries } from '@/api/server/queries';
import { composesWalls } from '@/features/wall/wallServers';
import { isFramed } from '@/lib/frameGuard';

/**
 * Starts the landing page's list request together with `GET /1.0` instead of after it: the
 * server gate waits for /1.0 before rendering pages, and the list is what the user came for.
 * A browser LXD does not trust just gets a refusal here, which the gate explains anyway.
 * A list that shows a preview first (a plain address) asks for itself after the preview is in.
 * A project's wall: its instances, in the cache before the events socket opens, so that an answer
 * older than the socket is read again (realtime/rereadBefore.ts).
 */
export function prefetchLanding(queryClient: QueryClient, client: LxdClient, hash: string): void {
  // What the early script already has in goes into the cache as of when it was asked for (older
  // than the events socket: read again once it opens, as a read started then would be).
  const info = client.answered<LxdServer>('/1.0');
  if (info) queryClient.setQueryData(serverQueries.info(client).queryKey, info.data, { updatedAt: info.sentAt });
  const project = listProjectFromHash(hash);
  if (project !== undefined && !previewedList(hash)) void queryClient.prefetchQuery(instanceQueries.list(client, project));
  // A composed wall's own page holds only frames, which read for themselves.
  const wall = composesWalls(hash, isFramed(window)) ? undefined : wallEarlyReads(hash);
  if (wall?.instances) void queryClient.prefetchQuery(instanceQueries.list(client, wall.project));
}
