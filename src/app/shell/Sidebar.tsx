import { NavLink, useParams } from 'react-router';
import { DEFAULT_PROJECT, SECTIONS, paths } from '../paths';

export function Sidebar() {
  const { project = DEFAULT_PROJECT } = useParams();
  return (
    <nav className="sidebar" aria-label="Sections">
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <NavLink to={paths.section(project, section.id)} className={({ isActive }) => (isActive ? 'nav-link active' : 'nav-link')}>
              {section.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
