import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { DEFAULT_IMAGE_SERVERS, mergeRemotes, type ImageServer, type MergeResult, type RemotesData } from './remotes';

interface RemotesStore extends RemotesData {
  add: (server: ImageServer) => void;
  /** Replaces the server called `name` (a rename included), keeping its place in the list. */
  update: (name: string, server: ImageServer) => void;
  remove: (name: string) => void;
  removeLxdRemote: (name: string) => void;
  importRemotes: (data: RemotesData) => MergeResult;
}

/** localStorage key; the version lets a later shape migrate what browsers kept. */
export const REMOTES_STORAGE_KEY = 'lxdeck.imageServers';

/**
 * The image servers (`lxc` simplestreams remotes) and the LXD remotes kept for later, in this
 * browser's localStorage. A new browser starts with `lxc`'s defaults.
 */
export const useRemotesStore = create<RemotesStore>()(
  persist(
    (set, get) => ({
      servers: [...DEFAULT_IMAGE_SERVERS],
      lxdRemotes: [],
      add: (server) => set((state) => ({ servers: [...state.servers, server] })),
      update: (name, server) => set((state) => ({ servers: state.servers.map((entry) => (entry.name === name ? server : entry)) })),
      remove: (name) => set((state) => ({ servers: state.servers.filter((entry) => entry.name !== name) })),
      removeLxdRemote: (name) => set((state) => ({ lxdRemotes: state.lxdRemotes.filter((entry) => entry.name !== name) })),
      importRemotes: (data) => {
        const result = mergeRemotes({ servers: get().servers, lxdRemotes: get().lxdRemotes }, data);
        set({ servers: result.servers, lxdRemotes: result.lxdRemotes });
        return result;
      },
    }),
    {
      name: REMOTES_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ servers: state.servers, lxdRemotes: state.lxdRemotes }),
    },
  ),
);

export function useImageServer(name: string): ImageServer | undefined {
  return useRemotesStore((state) => state.servers.find((server) => server.name === name));
}
