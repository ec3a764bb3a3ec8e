import type { ResourceEvents } from '@/lxd';
import { operationKeys } from './keys';

/**
 * `operation-cancelled` (lifecycle) repeats what the operation's own event says; operation events
 * patch the list themselves (realtime/eventRouter.ts).
 */
export const operationEvents: ResourceEvents = {
  collection: 'operations',
  scope: 'server',
  prefix: 'operation',
  all: (server) => operationKeys.all(server),
  actions: { 'operation-cancelled': () => [] },
  otherwise: () => [],
};
