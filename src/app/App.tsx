import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { LxdClientProvider } from '@/api/client-context';
import { ServerGate } from '@/features/server/ServerGate';
import type { LxdClient } from '@/lxd';
import { RealtimeBridge } from './RealtimeBridge';
import { createAppRouter } from './router';

export function App({ queryClient, client }: { queryClient: QueryClient; client: LxdClient }) {
  const [router] = useState(createAppRouter);
  return (
    <QueryClientProvider client={queryClient}>
      <LxdClientProvider client={client}>
        <ServerGate>
          <RealtimeBridge />
          <RouterProvider router={router} />
        </ServerGate>
      </LxdClientProvider>
    </QueryClientProvider>
  );
}
