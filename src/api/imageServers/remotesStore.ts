import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { DEFAULT_IMAGE_SERVERS, mergeRemotes, type ImageServer, type LxdRemote, type MergeResult, type RemotesData } from './remotes';

interface RemotesStore extends RemotesData {
  add: (server: ImageServer) => void;
  /** Replaces the server called `name` (a rename included), keeping its place in the list. */
  update: (name: string, server: ImageServer) => void;
  remove: (name: string) => void;
  removeLxdRemote: (name: string) => void;
  /** Adds an LXD server, or replaces the one called `previous` (a rename included) in its place. */
  saveLxdRemote: (previous: string | undefined, remote: LxdRemote) => void;
  importRemotes: (data: RemotesData) => MergeResult;
}

/** localStorage key; the version lets a later shape migrate what browsers kept. */
export const REMOTES_STORAGE_KEY = 'lxdeck.imageServers';

/**
 * The image servers (`lxc` simplestreams remotes) and the LXD servers (remotes of protocol `lxd`,
 * listed on the Servers page), in this browser's localStorage. A new browser starts with `lxc`'s
 * default image servers.
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
      saveLxdRemote: (previous, remote) =>
        set((state) => ({
          lxdRemotes:
            previous === undefined ? [...state.lxdRemotes, remote] : state.lxdRemotes.map((entry) => (entry.name === previous ? remote : entry)),
        })),
      importRemotes: (data) => {
        const result = mergeRemotes({ servers: get().servers, lxdRemotes: get().lxdRemotes }, { servers: data.servers, lxdRemotes: data.lxdRemotes });
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
