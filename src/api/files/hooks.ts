import { useQueryClient } from '@tanstack/react-query';
import { useLxdClient } from '../client-context';
import { fileKeys } from './keys';

/** LXD sends no event a page could rely on for files changed by others: the Refresh button re-reads. */
export function useRefreshDirectory(project: string, instance: string, path: string) {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: fileKeys.directory(client.id, project, instance, path) });
}
