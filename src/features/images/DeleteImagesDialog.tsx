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

/** Names each image (first alias or short fingerprint) and every alias that goes with it, and says its instances stay. */
export function DeleteImagesDialog({ project, images, onClose, onDeleted }: DeleteImagesDialogProps) {
  const names = new Map(images.map((image) => [image.fingerprint, imageName(image)]));
  const one = images.length === 1;
  const remove = useDeleteImages(project, {
    nameOf: (fingerprint) => names.get(fingerprint) ?? fingerprint,
    successMessage: one ? `Image ${imageName(images[0] as LxdImage)} deleted` : `${images.length} images deleted`,
  });
  const aliases = images.flatMap(aliasNames);
  return (
    <DestroyDialog
      noun="image"
      names={images.map(imageName)}
      consequences={
        <>
          {aliases.length > 0 && (
            <p>
              {one ? 'Its aliases go with it' : 'Their aliases go with them'}: {aliases.join(', ')}.
            </p>
          )}
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
