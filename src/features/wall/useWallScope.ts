import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLxdClient } from '@/api/client-context';
import { projectQueries } from '@/api/projects/queries';

export interface WallScope {
  /** The projects the project tiles show now. */
  projects: string[];
  /** Set on `#/wall/project/<p>` and while rotating: the one project shown. */
  current: string | undefined;
  /** While rotating: which of how many. */
  rotation?: { index: number; count: number };
  /** The projects list, while `#/wall` waits for it or could not read it. */
  projectsQuery: ReturnType<typeof useProjectNames>;
}

function useProjectNames(enabled: boolean) {
  const client = useLxdClient();
  return useQuery({ ...projectQueries.list(client), enabled, select: (projects) => projects.map((project) => project.name) });
}

/**
 * Which projects the wall shows: the route's one, or every project this certificate sees, or
 * with `rotateMs` one of those at a time, the next every `rotateMs`.
 */
export function useWallScope(routeProject: string | undefined, rotateMs: number | undefined): WallScope {
  const projectsQuery = useProjectNames(!routeProject);
  const names = projectsQuery.data;
  const [tick, setTick] = useState(0);
  const rotating = !routeProject && rotateMs !== undefined && (names?.length ?? 0) > 1;
  useEffect(() => {
    if (!rotating) return undefined;
    const timer = setInterval(() => setTick((value) => value + 1), rotateMs);
    return () => clearInterval(timer);
  }, [rotating, rotateMs]);

  if (routeProject) return { projects: [routeProject], current: routeProject, projectsQuery };
  if (!names) return { projects: [], current: undefined, projectsQuery };
  if (rotating) {
    const index = tick % names.length;
    const current = names[index] ?? names[0] ?? 'default';
    return { projects: [current], current, rotation: { index, count: names.length }, projectsQuery };
  }
  return { projects: names, current: undefined, projectsQuery };
}
