import { useParams } from 'react-router';
import { DEFAULT_PROJECT } from '@/config/paths';

/** The project and profile name of a profile page, from the route. */
export function useProfileRoute(): { project: string; name: string } {
  const { project = DEFAULT_PROJECT, name = '' } = useParams();
  return { project, name };
}
