import type { ResourceEvents } from '@/lxd';
import { imageKeys } from './keys';

const path = (fingerprint: string) => `/1.0/images/${encodeURIComponent(fingerprint)}`;

/** Images are named by fingerprint; aliases (`/1.0/images/aliases/<name>`) live in the image's `aliases`. */
export const imageEvents: ResourceEvents = {
  collection: 'images',
  scope: 'project',
  // A project without `features.images` uses default's images.
  sharedFromDefault: true,
  prefix: 'image',
  all: imageKeys.all,
  list: imageKeys.list,
  path,
  idField: 'fingerprint',
  actions: {
    'image-refreshed': ({ server, project, name }) => [
      { kind: 'refresh-list-item', queryKey: imageKeys.list(server, project), path: path(name), project, id: name, idField: 'fingerprint' },
    ],
    // An export link for an untrusted client; the image itself is unchanged.
    'image-secret-created': () => [],
    // The alias's image is named in `context.target`: that image alone is read again.
    'image-alias-created': ({ server, project, context }) =>
      typeof context.target === 'string'
        ? [{ kind: 'refresh-list-item', queryKey: imageKeys.list(server, project), path: path(context.target), project, id: context.target, idField: 'fingerprint' }]
        : [{ kind: 'invalidate', queryKey: imageKeys.list(server, project) }],
    'image-alias-updated': ({ server, project, context }) =>
      typeof context.target === 'string'
        ? [{ kind: 'refresh-list-item', queryKey: imageKeys.list(server, project), path: path(context.target), project, id: context.target, idField: 'fingerprint' }]
        : [{ kind: 'invalidate', queryKey: imageKeys.list(server, project) }],
    // LXD 5.0 does not say which image a renamed or deleted alias belonged to.
    'image-alias-renamed': ({ server, project }) => [{ kind: 'invalidate', queryKey: imageKeys.list(server, project) }],
    'image-alias-deleted': ({ server, project }) => [{ kind: 'invalidate', queryKey: imageKeys.list(server, project) }],
  },
};
