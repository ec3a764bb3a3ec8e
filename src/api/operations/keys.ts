import { serverKeys } from '../server/keys';

export const operationKeys = {
  all: (server: string) => [...serverKeys.all(server), 'operations'] as const,
};
