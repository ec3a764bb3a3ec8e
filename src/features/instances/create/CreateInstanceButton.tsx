import { paths } from '@/config/paths';
import { WriteLink } from '@/components/readOnly';

/** The way to the create page, for the instance list's header. */
export function CreateInstanceButton({ project }: { project: string }) {
  return (
    <WriteLink className="button button-primary" to={paths.createInstance(project)}>
      Create instance
    </WriteLink>
  );
}
