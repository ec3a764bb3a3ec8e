import { serverKeys } from '../server/keys';

export const warningKeys = {
  all: (server: string) => [...serverKeys.all(server), 'warnings'] as const,
  list: (server: string) => [...warningKeys.all(server), 'list'] as const,
  detail: (server: string, uuid: string) => [...warningKeys.all(server), 'detail', uuid] as const,
};
