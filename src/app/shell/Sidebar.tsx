import { NavLink, useLocation, useParams } from 'react-router';
import { DEFAULT_PROJECT, SECTIONS, paths } from '@/config/paths';

export function Sidebar() {
  const { project = DEFAULT_PROJECT } = useParams();
  // An instance's own page belongs to the Instances section.
  const onInstancePage = useLocation().pathname.includes('/instance/');
  return (
    <nav className="sidebar" aria-label="Sections">
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <NavLink to={paths.section(project, section.id)} className={({ isActive }) =>
                isActive || (onInstancePage && section.id === 'instances') ? 'nav-link active' : 'nav-link'
              }>
              {section.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
