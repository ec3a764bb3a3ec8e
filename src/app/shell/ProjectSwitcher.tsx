import { useQuery } from '@tanstack/react-query';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { projectQueries } from '@/api/projects/queries';
import { DEFAULT_PROJECT, SECTIONS, paths, type SectionId } from '@/config/paths';

export function ProjectSwitcher() {
  const client = useLxdClient();
  const { project = DEFAULT_PROJECT } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const projects = useQuery(projectQueries.list(client));

  const section = (location.pathname.split('/')[3] ?? 'instances') as SectionId;
  const known = SECTIONS.some((candidate) => candidate.id === section) ? section : 'instances';
  const names = projects.data?.map((entry) => entry.name) ?? [];
  // Keep the current project selectable while the list loads or if it is not listed.
  if (!names.includes(project)) names.unshift(project);

  return (
    <label className="project-switcher">
      <span className="muted">Project</span>
      <select
        className="input"
        aria-label="Project"
        value={project}
        onChange={(event) => navigate({ pathname: paths.section(event.target.value, known), search: location.search })}
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
