import { Link } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { fileDownloadUrl } from '@/api/files/queries';
import { baseName, parentPath } from '@/lxd/files';
import { pathSearch } from './location';

interface NotAFolderProps {
  project: string;
  instance: string;
  path: string;
}

/** The URL names a file (links are followed before this): say so and offer download and edit. */
export function NotAFolder({ project, instance, path }: NotAFolderProps) {
  const client = useLxdClient();
  const name = baseName(path);
  return (
    <div className="state state-empty">
      <h2>{path} is a file</h2>
      <p>
        <a className="button" href={fileDownloadUrl(client, project, instance, path)} download={name}>
          Download {name}
        </a>{' '}
        <Link className="button" to={{ search: pathSearch(parentPath(path), name) }}>
          Open in editor
        </Link>
      </p>
      <p>
        <Link to={{ search: pathSearch(parentPath(path)) }}>Back to {parentPath(path)}</Link>
      </p>
    </div>
  );
}
