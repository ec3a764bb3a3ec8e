import { Link } from 'react-router';
import { paths } from '@/config/paths';

/** The way to the create page, for the instance list's header. */
export function CreateInstanceButton({ project }: { project: string }) {
  return (
    <Link className="button button-primary" to={paths.createInstance(project)}>
      Create instance
    </Link>
  );
}
