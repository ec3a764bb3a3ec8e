import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { LxdProject } from '@/lxd';
import { useLxdClient } from '../client-context';
import { objectPath } from '../collection';
import { useObjectUpdate } from '../objectUpdate';
import { projectKeys } from './keys';

const projectPath = (name: string) => objectPath('/1.0/projects', name);

/** The body of `PUT /1.0/projects/<name>`. */
export interface ProjectPut {
  description: string;
  config: Record<string, string>;
}

/** The body of `POST /1.0/projects`. */
export interface ProjectCreateBody {
  name: string;
  description: string;
  config: Record<string, string>;
}

/**
 * After a rename or delete the list is corrected in the cache at once and re-read in the
 * background, not awaited: the page that did it moves on (to the new name, or to the list) in
 * the same step, and waiting for the re-read would first show its "project not found" state.
 */
function replaceInList(queryClient: QueryClient, server: string, change: (projects: LxdProject[]) => LxdProject[]) {
  queryClient.setQueryData<LxdProject[]>(projectKeys.list(server), (projects) => (projects ? change(projects) : projects));
  void queryClient.invalidateQueries({ queryKey: projectKeys.list(server) });
}

/** The create page shows LXD's refusal next to the field, so no error toast. */
export function useCreateProject() {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProjectCreateBody) => client.run('POST', '/1.0/projects', { body }),
    // Awaited: the page then opens the new project, which the project guard and switcher must know.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKeys.list(client.id) }),
    meta: { successMessage: 'Project created' },
  });
}

/** LXD renames only empty projects, and never `default`; the rename dialog shows the refusal. */
export function useRenameProject() {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ from, to }: { from: string; to: string }) => client.run('POST', projectPath(from), { body: { name: to } }),
    onSuccess: (_result, { from, to }) => {
      replaceInList(queryClient, client.id, (projects) => projects.map((project) => (project.name === from ? { ...project, name: to } : project)));
    },
    meta: { successMessage: 'Project renamed' },
  });
}

/** LXD deletes only empty projects, and never `default`; the delete dialog shows the refusal. */
export function useDeleteProject() {
  const client = useLxdClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => client.run('DELETE', projectPath(name)),
    onSuccess: (_result, name) => {
      replaceInList(queryClient, client.id, (projects) => projects.filter((project) => project.name !== name));
    },
    meta: { successMessage: 'Project deleted' },
  });
}

/** Saves the settings page's edit (description and config) with If-Match; see `useObjectUpdate`. */
export function useUpdateProject(name: string) {
  const client = useLxdClient();
  return useObjectUpdate<LxdProject, ProjectPut>({
    path: projectPath(name),
    detailKey: projectKeys.detail(client.id, name),
    invalidate: [projectKeys.list(client.id)],
    successMessage: `Saved the settings of project ${name}`,
  });
}
