import { queryOptions } from '@tanstack/react-query';
import type { LxdClient, LxdImage, LxdSyncResult } from '@/lxd';
import { objectPath } from '../collection';
import { imageKeys } from './keys';

export const IMAGES = '/1.0/images';
export const imagePath = (fingerprint: string) => objectPath(IMAGES, fingerprint);

/** Where an image was downloaded from (`update_source`, only on images copied from a server). */
export interface LxdImageSource {
  alias: string;
  certificate?: string;
  protocol: string;
  server: string;
  image_type?: string;
}

/** `GET /1.0/images/<fingerprint>`: the list's fields and where the image came from. */
export interface LxdImageDetails extends LxdImage {
  update_source?: LxdImageSource | null;
}

/** The body of `PUT /1.0/images/<fingerprint>` (`profiles` with `image_profiles`, `expires_at` with `images_expiry`). */
export interface LxdImagePut {
  properties: Record<string, string>;
  public: boolean;
  auto_update: boolean;
  expires_at?: string;
  profiles?: string[];
}

export const imageQueries = {
  /**
   * Images stored on the server (not a remote's catalogue). A project without `features.images`
   * is answered with default's images.
   */
  list: (client: LxdClient, project: string) =>
    queryOptions({
      queryKey: imageKeys.list(client.id, project),
      queryFn: async ({ signal }) => (await client.get<LxdImage[]>(IMAGES, { project, query: { recursion: 1 }, signal })).data ?? [],
    }),
  /** One image with its ETag (edits send it back as If-Match). */
  detail: (client: LxdClient, project: string, fingerprint: string) =>
    queryOptions({
      queryKey: imageKeys.detail(client.id, project, fingerprint),
      queryFn: ({ signal }): Promise<LxdSyncResult<LxdImageDetails>> => client.get<LxdImageDetails>(imagePath(fingerprint), { project, signal }),
    }),
};
