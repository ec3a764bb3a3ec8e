import { Link } from 'react-router';
import { pathCrumbs } from '@/lxd/files';
import { pathSearch } from './location';

/** Each ancestor of the current folder as a link; the current one is marked, not linked. */
export function FileBreadcrumbs({ path }: { path: string }) {
  const crumbs = pathCrumbs(path);
  return (
    <nav aria-label="Folder path" className="file-crumbs">
      <ol>
        {crumbs.map((crumb, index) =>
          index === crumbs.length - 1 ? (
            <li key={crumb.path} aria-current="location">
              {crumb.name}
            </li>
          ) : (
            <li key={crumb.path}>
              <Link to={{ search: pathSearch(crumb.path) }} aria-label={crumb.path === '/' ? 'Root folder' : crumb.path}>
                {crumb.name}
              </Link>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
