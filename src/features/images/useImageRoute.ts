import { useParams } from 'react-router';
import { DEFAULT_PROJECT } from '@/config/paths';

/** The project and image fingerprint of an image page, from the route. */
export function useImageRoute(): { project: string; fingerprint: string } {
  const { project = DEFAULT_PROJECT, fingerprint = '' } = useParams();
  return { project, fingerprint };
}
