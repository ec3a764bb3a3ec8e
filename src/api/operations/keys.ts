import { serverKeys } from '../server/keys';

export const operationKeys = {
  all: (server: string) => [...serverKeys.all(server), 'operations'] as const,
  /** Running and recent operations of every project the client can see. */
  list: (server: string) => [...operationKeys.all(server), 'list'] as const,
};
