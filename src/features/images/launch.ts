import { paths } from '@/config/paths';

/** The create-instance form, pre-filled with this image (the form reads `?image=<fingerprint>`). */
export const launchPath = (project: string, fingerprint: string) => `${paths.createInstance(project)}?image=${encodeURIComponent(fingerprint)}`;
