import { MutationCache, QueryClient } from '@tanstack/react-query';
import '@/api/mutationMeta';
import { showToast } from '@/components/toastStore';
import { isLxdError } from '@/lxd';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    // One place turns mutation outcomes into toasts, driven by each mutation's `meta`.
    mutationCache: new MutationCache({
      onSuccess: (_data, _variables, _context, mutation) => {
        const message = mutation.meta?.successMessage;
        if (message) showToast('success', message);
      },
      onError: (error, _variables, _context, mutation) => {
        const prefix = mutation.meta?.errorMessage;
        if (prefix) showToast('error', `${prefix}: ${error.message}`);
      },
    }),
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
