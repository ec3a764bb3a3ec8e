import type { LxdError } from '@/lxd';

/** What the one MutationCache handler shows when a mutation ends (see app/queryClient.ts). */
export interface LxdMutationMeta extends Record<string, unknown> {
  /** Toast text on success; omitted means no toast (e.g. the page shows the result itself). */
  successMessage?: string;
  /** Prefix for the toast on failure, followed by LXD's own message; omitted for forms that show errors inline. */
  errorMessage?: string;
}

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: LxdMutationMeta;
    defaultError: LxdError | Error;
  }
}
