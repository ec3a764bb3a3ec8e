import { projectKeys } from '../projects/keys';

// `networks` is LXD's collection name: the event router invalidates [...scope, 'networks'] for network events.
// A network's state, leases, forwards and peers sit under its detail key, so a change of the network re-reads them too.
export const networkKeys = {
  all: (server: string, project: string) => [...projectKeys.scope(server, project), 'networks'] as const,
  list: (server: string, project: string) => [...networkKeys.all(server, project), 'list'] as const,
  /** The names alone (`GET /1.0/networks`): the network list reads each network as its row shows. */
  names: (server: string, project: string) => [...networkKeys.all(server, project), 'names'] as const,
  detail: (server: string, project: string, name: string) => [...networkKeys.all(server, project), 'detail', name] as const,
  state: (server: string, project: string, name: string) => [...networkKeys.detail(server, project, name), 'state'] as const,
  leases: (server: string, project: string, name: string) => [...networkKeys.detail(server, project, name), 'leases'] as const,
  forwards: (server: string, project: string, name: string) => [...networkKeys.detail(server, project, name), 'forwards'] as const,
  peers: (server: string, project: string, name: string) => [...networkKeys.detail(server, project, name), 'peers'] as const,
};
