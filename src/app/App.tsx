import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { LxdClientProvider } from '@/api/client-context';
import { ServerGate } from '@/features/server/ServerGate';
import type { LxdClient } from '@/lxd';
import { RealtimeBridge } from './RealtimeBridge';
import { AppRouter } from './router';

export function App({ queryClient, client }: { queryClient: QueryClient; client: LxdClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <LxdClientProvider client={client}>
        <ServerGate>
          <RealtimeBridge />
          <AppRouter />
        </ServerGate>
      </LxdClientProvider>
    </QueryClientProvider>
  );
}
