import type { CacheUpdate, LifecycleEventInfo, ResourceEvents } from '@/lxd';
import { imageKeys } from './keys';

const path = (fingerprint: string) => `/1.0/images/${encodeURIComponent(fingerprint)}`;

/** An alias event naming its image (`context.target`): that image alone is read again. */
function aliasOfKnownImage({ server, project, context }: LifecycleEventInfo): CacheUpdate[] {
  if (typeof context.target !== 'string') return aliasOfUnknownImage({ server, project });
  const fingerprint = context.target;
  return [
    { kind: 'refresh-list-item', queryKey: imageKeys.list(server, project), path: path(fingerprint), project, id: fingerprint, idField: 'fingerprint' },
    { kind: 'invalidate', queryKey: imageKeys.detail(server, project, fingerprint) },
  ];
}

function aliasOfUnknownImage({ server, project }: Pick<LifecycleEventInfo, 'server' | 'project'>): CacheUpdate[] {
  return [
    { kind: 'invalidate', queryKey: imageKeys.list(server, project) },
    { kind: 'invalidate', queryKey: imageKeys.details(server, project) },
  ];
}

/** Images are named by fingerprint; aliases (`/1.0/images/aliases/<name>`) live in the image's `aliases`. */
export const imageEvents: ResourceEvents = {
  collection: 'images',
  scope: 'project',
  // A project without `features.images` uses default's images.
  sharedFromDefault: true,
  prefix: 'image',
  all: imageKeys.all,
  list: imageKeys.list,
  detail: imageKeys.detail,
  path,
  idField: 'fingerprint',
  actions: {
    // A newer version is a new image (its own image-created) and this one is deleted (image-deleted).
    'image-refreshed': ({ server, project, name }) => [
      { kind: 'refresh-list-item', queryKey: imageKeys.list(server, project), path: path(name), project, id: name, idField: 'fingerprint' },
      { kind: 'invalidate', queryKey: imageKeys.detail(server, project, name) },
    ],
    // An export link for an untrusted client; the image itself is unchanged.
    'image-secret-created': () => [],
    // The alias's image is named in `context.target`: that image alone is read again.
    'image-alias-created': aliasOfKnownImage,
    'image-alias-updated': aliasOfKnownImage,
    // LXD 5.0 does not say which image a renamed or deleted alias belonged to: the list is read
    // again, and whichever image page is open (image queries not on screen are only marked).
    'image-alias-renamed': aliasOfUnknownImage,
    'image-alias-deleted': aliasOfUnknownImage,
  },
};
