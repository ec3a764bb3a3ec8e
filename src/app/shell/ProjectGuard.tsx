import { useFirstScreenDone } from '@/components/useFirstScreenDone';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { projectQueries } from '@/api/projects/queries';
import { DEFAULT_PROJECT, paths } from '@/config/paths';

/**
 * LXD 5.0 answers an empty list, not an error, for collections of a project that does not exist,
 * so a mistyped or deleted project in a bookmark would look like an empty project. Say so instead.
 */
export function ProjectGuard({ children }: { children: ReactNode }) {
  const client = useLxdClient();
  const { project = DEFAULT_PROJECT } = useParams();
  const projects = useQuery({ ...projectQueries.list(client), enabled: useFirstScreenDone() });
  const missing = projects.data && !projects.data.some((entry) => entry.name === project);
  if (!missing) return <>{children}</>;
  return (
    <div className="state state-error" role="alert">
      <h2>Project “{project}” not found</h2>
      <p>
        This server has no project of that name, or this browser&apos;s certificate may not use it.{' '}
        <Link to={paths.instances(DEFAULT_PROJECT)}>Go to the default project</Link>
      </p>
    </div>
  );
}
