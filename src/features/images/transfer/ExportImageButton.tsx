import type { LxdImage } from '@/lxd';

export interface ExportImageButtonProps {
  project: string;
  image: LxdImage;
}

/** Placeholder until export is built: the image page places this in its header's actions. */
export function ExportImageButton({ image }: ExportImageButtonProps) {
  return image.fingerprint ? null : null;
}
