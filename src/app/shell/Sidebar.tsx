import type { FocusEventHandler, KeyboardEventHandler, Ref } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useClustered } from '@/api/cluster/useClustered';
import { DEFAULT_PROJECT, SECTIONS, paths } from '@/config/paths';
import { NewWarningsCount } from '@/features/server/warnings/NewWarningsCount';
import { activeSection } from './activeSection';

interface SidebarProps {
  id: string;
  open: boolean;
  navRef: Ref<HTMLElement>;
  onNavigate: () => void;
  onKeyDown: KeyboardEventHandler;
  onBlur: FocusEventHandler;
}

export function Sidebar({ id, open, navRef, onNavigate, onKeyDown, onBlur }: SidebarProps) {
  const { project = DEFAULT_PROJECT } = useParams();
  const { pathname } = useLocation();
  // An instance's or profile's own page belongs to its section, the projects pages to Projects.
  const current = activeSection(pathname);
  const clustered = useClustered();
  return (
    <nav id={id} ref={navRef} className={open ? 'sidebar is-open' : 'sidebar'} aria-label="Sections" onKeyDown={onKeyDown} onBlur={onBlur}>
      <ul>
        {SECTIONS.filter((section) => section.id !== 'cluster' || clustered).map((section) => {
          // Projects and Server keep the project in their link; the router sends them on to the
          // server-wide page.
          const to = paths.section(project, section.id);
          const own =
            section.id === 'projects' ? paths.projects() : section.id === 'server' ? paths.server() : section.id === 'cluster' ? paths.cluster() : to;
          const active = current === section.id;
          return (
            <li key={section.id}>
              <Link
                to={to}
                className={active ? 'nav-link active' : 'nav-link'}
                // "page" on the section's own page, "true" on a page inside it (an instance's page).
                aria-current={active ? (pathname === own ? 'page' : 'true') : undefined}
                onClick={onNavigate}
              >
                {section.label}
                {section.id === 'server' && <NewWarningsCount />}
              </Link>
            </li>
          );
        })}
      </ul>
      <p className="sidebar-footer">
        <Link to={paths.wall(project)} className="nav-link" onClick={onNavigate}>
          Wall screen
        </Link>
      </p>
    </nav>
  );
}
