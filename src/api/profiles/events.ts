import type { ResourceEvents } from '@/lxd';
import { profileKeys } from './keys';

/** Profiles: created/updated read the one profile into the list, deleted/renamed patch it. */
export const profileEvents: ResourceEvents = {
  collection: 'profiles',
  scope: 'project',
  // A project without `features.profiles` uses default's profiles.
  sharedFromDefault: true,
  prefix: 'profile',
  all: profileKeys.all,
  list: profileKeys.list,
  detail: profileKeys.detail,
  path: (name) => `/1.0/profiles/${encodeURIComponent(name)}`,
};
