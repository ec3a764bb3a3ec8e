/** Every key starts with the server id, so one server's events and reconnects touch only its cache. */
export const serverKeys = {
  all: (server: string) => [server] as const,
  info: (server: string) => [server, 'server'] as const,
  /**
   * `GET /1.0` with its ETag, as one member answers it (`?target=`; '' is the member answering).
   * Under `info`, so the server's `config-updated` event re-reads it too.
   */
  detail: (server: string, member = '') => [server, 'server', 'detail', member] as const,
  resources: (server: string, member = '') => [server, 'server-resources', member] as const,
  configMetadata: (server: string) => [server, 'server-config-metadata'] as const,
  memberNames: (server: string) => [server, 'server-member-names'] as const,
};
