import type { ResourceEvents } from '@/lxd';
import { certificateKeys } from './keys';

/** Trusted certificates, named by fingerprint; server-wide. */
export const certificateEvents: ResourceEvents = {
  collection: 'certificates',
  scope: 'server',
  prefix: 'certificate',
  all: (server) => certificateKeys.all(server),
  detail: (server, _project, fingerprint) => certificateKeys.detail(server, fingerprint),
  path: (fingerprint) => `/1.0/certificates/${encodeURIComponent(fingerprint)}`,
  idField: 'fingerprint',
};
