import { useFirstScreenDone } from '@/components/useFirstScreenDone';
import { useQuery } from '@tanstack/react-query';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { projectQueries } from '@/api/projects/queries';
import { DEFAULT_PROJECT, paths } from '@/config/paths';
import { activeSection } from './activeSection';

/** Where switching to `project` goes from `pathname`: the same section, or the project's own page. */
function switchTarget(pathname: string, project: string): string {
  const section = activeSection(pathname) ?? 'instances';
  if (section === 'projects') return pathname.endsWith('/settings') ? paths.projectSettings(project) : paths.instances(project);
  return paths.section(project, section);
}

export function ProjectSwitcher() {
  const client = useLxdClient();
  const { project = DEFAULT_PROJECT } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  // Not on the first screen's way: LXD 5.0 holds the requests behind a projects read.
  const projects = useQuery({ ...projectQueries.list(client), enabled: useFirstScreenDone() });

  const names = projects.data?.map((entry) => entry.name) ?? [];
  // Keep the current project selectable while the list loads or if it is not listed.
  if (!names.includes(project)) names.unshift(project);

  return (
    <label className="project-switcher">
      <span className="muted project-switcher-label">Project</span>
      <select
        className="input"
        aria-label="Project"
        value={project}
        onChange={(event) => navigate({ pathname: switchTarget(location.pathname, event.target.value), search: location.search })}
      >
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
