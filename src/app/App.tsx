import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { LxdClientProvider } from '@/api/client-context';
import { ServerGate } from '@/features/server/ServerGate';
import { LxdClient } from '@/lxd';
import { createQueryClient } from './queryClient';
import { RealtimeBridge } from './RealtimeBridge';
import { createAppRouter } from './router';

export function App() {
  const [queryClient] = useState(createQueryClient);
  // The app is served by LXD itself, so the local server is the page's own origin.
  const [client] = useState(() => new LxdClient({ id: 'local', baseUrl: '' }));
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
