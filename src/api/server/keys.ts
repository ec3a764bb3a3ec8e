/** Every key starts with the server id, so one server's events and reconnects touch only its cache. */
export const serverKeys = {
  all: (server: string) => [server] as const,
  info: (server: string) => [server, 'server'] as const,
};
