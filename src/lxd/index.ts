export { LxdClient } from './client';
export type { LxdClientOptions, LxdRequestOptions, LxdResponse, LxdSyncResult, WaitOptions } from './client';
export { LxdError, isLxdError } from './errors';
export type { LxdErrorKind } from './errors';
export { LxdEventStream } from './events';
export type { CacheKey, CacheUpdate, EventStreamStatus, LifecycleEventInfo, ResourceEvents } from './events';
export { detectFeatures, hasExtension } from './features';
export type { LxdFeatures } from './features';
export * from './types';
