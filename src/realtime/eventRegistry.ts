import { certificateEvents } from '@/api/certificates/events';
import { clusterGroupEvents, clusterMemberEvents } from '@/api/cluster/events';
import { imageEvents } from '@/api/images/events';
import { instanceEvents } from '@/api/instances/events';
import { networkAclEvents } from '@/api/network-acls/events';
import { networkEvents } from '@/api/networks/events';
import { operationEvents } from '@/api/operations/events';
import { profileEvents } from '@/api/profiles/events';
import { projectEvents } from '@/api/projects/events';
import { serverEvents } from '@/api/server/events';
import { storagePoolEvents } from '@/api/storage/events';
import { warningEvents } from '@/api/warnings/events';
import type { ResourceEvents } from '@/lxd';

// The types live in lxd/events.ts so that each resource can declare its entry beside its keys
// (api/ must not import realtime/).
export type { CacheKey, CacheUpdate, LifecycleEventInfo, ResourceEvents } from '@/lxd';

/** Every resource whose lifecycle events change the cache. A new resource adds its entry here. */
export const EVENT_REGISTRY: readonly ResourceEvents[] = [
  instanceEvents,
  profileEvents,
  projectEvents,
  imageEvents,
  networkEvents,
  networkAclEvents,
  storagePoolEvents,
  certificateEvents,
  warningEvents,
  clusterMemberEvents,
  clusterGroupEvents,
  operationEvents,
  serverEvents,
];

/**
 * Actions that only read: announcing them changes nothing (LXD 5.0 sends `instance-exec`,
 * `instance-console`, and `*-retrieved` for every file, log, console log, backup or image read).
 */
export const READ_ONLY_ACTION = /-retrieved$|^instance-exec$|^instance-console$/;
