import { useParams } from 'react-router';
import { DEFAULT_PROJECT } from '@/config/paths';

/** The project and instance name of an instance page, from the route. */
export function useInstanceRoute(): { project: string; name: string } {
  const { project = DEFAULT_PROJECT, name = '' } = useParams();
  return { project, name };
}
