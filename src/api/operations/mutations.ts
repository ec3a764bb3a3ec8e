import { useMutation } from '@tanstack/react-query';
import { useLxdClient } from '../client-context';

/**
 * Cancels an operation LXD marked `may_cancel`. The operation's own events then put it in the
 * list as cancelled, so the list is not read again.
 */
export function useCancelOperation() {
  const client = useLxdClient();
  return useMutation({
    mutationFn: ({ id, project }: { id: string; project: string | null }) =>
      client.cancelOperation(id, project ?? undefined),
    meta: { successMessage: 'Operation cancelled', errorMessage: 'Could not cancel the operation' },
  });
}
