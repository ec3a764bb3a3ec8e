import { serverKeys } from '../server/keys';

export const certificateKeys = {
  all: (server: string) => [...serverKeys.all(server), 'certificates'] as const,
  detail: (server: string, fingerprint: string) => [...certificateKeys.all(server), 'detail', fingerprint] as const,
};
