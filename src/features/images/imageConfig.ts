import type { LxdImageDetails, LxdImagePut } from '@/api/images/queries';
import type { ConfigResource, EditableField, EditableObject } from '@/components/config/ConfigEditor';

/** What the server lets an image's PUT change, from its `api_extensions`. */
export interface ImageEditFeatures {
  /** `image_profiles`: the profiles an instance made from the image gets. */
  profiles: boolean;
  /** `images_expiry`: when an unused image is removed. */
  expiry: boolean;
}

/** The PUT body: the edited fields; an empty expiry is left out (LXD then keeps no date). */
function toPutBody(edited: EditableObject): LxdImagePut {
  return {
    properties: edited.properties ?? {},
    public: edited.public ?? false,
    auto_update: edited.auto_update ?? false,
    ...(edited.expires_at ? { expires_at: edited.expires_at } : {}),
    ...(edited.profiles ? { profiles: edited.profiles } : {}),
  };
}

function resource(features: ImageEditFeatures): ConfigResource<LxdImageDetails, LxdImagePut> {
  const fields: EditableField[] = ['properties', 'public', 'auto_update'];
  if (features.expiry) fields.push('expires_at');
  if (features.profiles) fields.push('profiles');
  return { noun: 'image', fields, sections: [], toPutBody };
}

// Module constants: the editor keys its parsing by the resource's identity.
const RESOURCES = new Map(
  [false, true].flatMap((profiles) =>
    [false, true].map((expiry) => [`${profiles}/${expiry}`, resource({ profiles, expiry })] as const),
  ),
);

/** The image's declaration for `ConfigEditor` on a server with these features. */
export function imageConfigResource(features: ImageEditFeatures): ConfigResource<LxdImageDetails, LxdImagePut> {
  return RESOURCES.get(`${features.profiles}/${features.expiry}`) ?? resource(features);
}
