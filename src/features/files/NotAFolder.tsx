import { Link } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { fileDownloadUrl } from '@/api/files/queries';
import { baseName, parentPath, type LxdFileStat } from '@/lxd/files';
import { pathSearch } from './location';

interface NotAFolderProps {
  project: string;
  instance: string;
  path: string;
  stat: LxdFileStat;
  target?: string;
}

/** The URL names a file or a link: say so and offer what fits (open the target, download, edit). */
export function NotAFolder({ project, instance, path, stat, target }: NotAFolderProps) {
  const client = useLxdClient();
  const name = baseName(path);
  return (
    <div className="state state-empty">
      {stat.type === 'symlink' && target !== undefined ? (
        <>
          <h2>{path} is a link</h2>
          <p>
            It points to <code>{target}</code>.{' '}
            <Link className="button" to={{ search: pathSearch(target) }}>
              Open {target}
            </Link>
          </p>
        </>
      ) : (
        <>
          <h2>{path} is a file</h2>
          <p>
            <a className="button" href={fileDownloadUrl(client, project, instance, path)} download={name}>
              Download {name}
            </a>{' '}
            <Link className="button" to={{ search: pathSearch(parentPath(path), name) }}>
              Open in editor
            </Link>
          </p>
        </>
      )}
      <p>
        <Link to={{ search: pathSearch(parentPath(path)) }}>Back to {parentPath(path)}</Link>
      </p>
    </div>
  );
}
