import { useParams } from 'react-router';
import { DEFAULT_PROJECT } from '@/config/paths';

/** The project, pool and volume name of a storage page, from the route. */
export function useStorageRoute(): { project: string; pool: string; volume: string } {
  const { project = DEFAULT_PROJECT, pool = '', volume = '' } = useParams();
  return { project, pool, volume };
}
