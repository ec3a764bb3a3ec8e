import type { ResourceEvents } from '@/lxd';
import { serverKeys } from './keys';

/** `/1.0` itself: `config-updated` changes what `GET /1.0` answers (one small request). */
export const serverEvents: ResourceEvents = {
  collection: '',
  scope: 'server',
  prefix: 'config',
  all: (server) => serverKeys.info(server),
  actions: { 'config-updated': ({ server }) => [{ kind: 'invalidate', queryKey: serverKeys.info(server) }] },
};
