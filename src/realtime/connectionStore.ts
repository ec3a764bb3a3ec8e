import { create } from 'zustand';
import type { EventStreamStatus } from '@/lxd';

export interface ServerConnection {
  status: EventStreamStatus;
  /** When the events socket was last known to be up; data older than this may be stale. */
  lastLiveAt: number | undefined;
}

interface ConnectionStore {
  servers: Record<string, ServerConnection>;
  setStatus: (server: string, status: EventStreamStatus) => void;
}

/** UI state about connections (not server data): what the indicator and stale markers show. */
export const useConnectionStore = create<ConnectionStore>((set) => ({
  servers: {},
  setStatus: (server, status) =>
    set((state) => {
      const previous = state.servers[server];
      const now = Date.now();
      return {
        servers: {
          ...state.servers,
          [server]: {
            status,
            lastLiveAt: status === 'live' ? now : previous?.status === 'live' ? now : previous?.lastLiveAt,
          },
        },
      };
    }),
}));

export function useServerConnection(server: string): ServerConnection {
  return useConnectionStore((state) => state.servers[server]) ?? { status: 'connecting', lastLiveAt: undefined };
}
