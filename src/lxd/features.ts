import type { LxdServer } from './types';

/** Optional LXD features the app adapts to, detected from `api_extensions` (LXD 5.0 and newer). */
export interface LxdFeatures {
  /** Trust tokens redeemed with `password` (LXD 5.0) ... */
  certificateToken: boolean;
  /** ... or with `trust_token` (newer LXD). */
  explicitTrustToken: boolean;
  /** `GET /1.0/instances?all-projects=true`. */
  instanceAllProjects: boolean;
  /** `?filter=` on collection endpoints. */
  apiFiltering: boolean;
  fileDelete: boolean;
  clustering: boolean;
  projectsRestricted: boolean;
  /** `cloud-init.user-data` and friends; older servers only read `user.user-data`. */
  cloudInit: boolean;
}

export function hasExtension(server: Pick<LxdServer, 'api_extensions'>, name: string): boolean {
  return server.api_extensions.includes(name);
}

export function detectFeatures(server: Pick<LxdServer, 'api_extensions'>): LxdFeatures {
  const has = (name: string) => hasExtension(server, name);
  return {
    certificateToken: has('certificate_token'),
    explicitTrustToken: has('explicit_trust_token'),
    instanceAllProjects: has('instance_all_projects'),
    apiFiltering: has('api_filtering'),
    fileDelete: has('file_delete'),
    clustering: has('clustering'),
    projectsRestricted: has('projects_restrictions'),
    cloudInit: has('cloud_init'),
  };
}
