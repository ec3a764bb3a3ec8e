import { QueryClient } from '@tanstack/react-query';
import { isLxdError } from '@/lxd';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Freshness comes from the events socket: data stays fresh until an event or a reconnect
        // invalidates it, so nothing polls.
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        // A refused request will be refused again; an unreachable server is retried once.
        retry: (failureCount, error) => failureCount < 1 && isLxdError(error) && error.isUnreachable,
        retryDelay: 500,
      },
    },
  });
}
