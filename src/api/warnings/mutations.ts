import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLxdClient } from '../client-context';
import { objectPath } from '../collection';
import { warningKeys } from './keys';
import type { LxdWarning } from './types';

const warningPath = (uuid: string) => objectPath('/1.0/warnings', uuid);

/**
 * The list is corrected in the cache at once; LXD's `warning-acknowledged` / `warning-deleted`
 * events then confirm it (reading the one warning), so nothing re-reads the whole list.
 */
function patchList(queryClient: ReturnType<typeof useQueryClient>, server: string, change: (warnings: LxdWarning[]) => LxdWarning[]) {
  queryClient.setQueryData<LxdWarning[]>(warningKeys.list(server), (warnings) => (warnings ? change(warnings) : warnings));
}

/** `PUT /1.0/warnings/<uuid> {"status": "acknowledged"}` for each warning given. */
export function useAcknowledgeWarnings() {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (uuids: readonly string[]) => {
      for (const uuid of uuids) await client.run('PUT', warningPath(uuid), { body: { status: 'acknowledged' } });
    },
    onSuccess: (_result, uuids) => {
      const done = new Set(uuids);
      patchList(queryClient, client.id, (warnings) => warnings.map((warning) => (done.has(warning.uuid) ? { ...warning, status: 'acknowledged' } : warning)));
    },
    meta: { successMessage: 'Acknowledged', errorMessage: 'Could not acknowledge' },
  });
}

/** `DELETE /1.0/warnings/<uuid>` for each warning given; the dialog shows LXD's refusal. */
export function useDeleteWarnings() {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (uuids: readonly string[]) => {
      for (const uuid of uuids) await client.run('DELETE', warningPath(uuid));
    },
    onSuccess: (_result, uuids) => {
      const gone = new Set(uuids);
      patchList(queryClient, client.id, (warnings) => warnings.filter((warning) => !gone.has(warning.uuid)));
    },
    // Some of several may be gone before LXD refused one: the list is read again to know which.
    onError: () => queryClient.invalidateQueries({ queryKey: warningKeys.list(client.id) }),
    meta: { successMessage: 'Deleted' },
  });
}
