import { createContext, useContext, type ReactNode } from 'react';
import type { LxdClient } from '@/lxd';

// The client is a dependency, not server state: which server this part of the tree talks to.
const LxdClientContext = createContext<LxdClient | null>(null);

export function LxdClientProvider({ client, children }: { client: LxdClient; children: ReactNode }) {
  return <LxdClientContext.Provider value={client}>{children}</LxdClientContext.Provider>;
}

export function useLxdClient(): LxdClient {
  const client = useContext(LxdClientContext);
  if (!client) throw new Error('useLxdClient must be used inside <LxdClientProvider>');
  return client;
}
