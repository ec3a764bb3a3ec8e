import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLxdClient } from '../client-context';
import { operationKeys } from './keys';

/** Cancels an operation LXD marked `may_cancel`; the events then report it as cancelled. */
export function useCancelOperation() {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, project }: { id: string; project: string | null }) =>
      client.cancelOperation(id, project ?? undefined),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: operationKeys.all(client.id) }),
    meta: { successMessage: 'Operation cancelled', errorMessage: 'Could not cancel the operation' },
  });
}
