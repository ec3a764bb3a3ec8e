import { useDeleteImages } from '@/api/images/mutations';
import { DestroyDialog } from '@/components/DestroyDialog';
import type { LxdImage } from '@/lxd';
import { aliasNames, imageName } from './imageModel';

interface DeleteImagesDialogProps {
  project: string;
  images: readonly LxdImage[];
  onClose: () => void;
  onDeleted: () => void;
}

/** Names each image (first alias or short fingerprint, and its other aliases) and says its instances stay. */
export function DeleteImagesDialog({ project, images, onClose, onDeleted }: DeleteImagesDialogProps) {
  const names = new Map(images.map((image) => [image.fingerprint, imageName(image)]));
  const remove = useDeleteImages(project, (fingerprint) => names.get(fingerprint) ?? fingerprint);
  const otherAliases = images.flatMap((image) => aliasNames(image).slice(1));
  const one = images.length === 1;
  return (
    <DestroyDialog
      noun="image"
      names={images.map(imageName)}
      consequences={
        <>
          {otherAliases.length > 0 && <p>Its aliases go with it: {otherAliases.join(', ')}.</p>}
          <p>
            {one ? 'Instances made from it are not affected' : 'Instances made from them are not affected'}: each instance has its own copy of
            the image’s files.
          </p>
        </>
      }
      onConfirm={() => remove.mutateAsync(images.map((image) => image.fingerprint))}
      onCancel={onClose}
      onDone={onDeleted}
    />
  );
}
