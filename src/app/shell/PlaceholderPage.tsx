import { useLocation } from 'react-router';
import { SECTIONS } from '@/config/paths';

/** Sections that are not built yet say so plainly instead of showing an empty screen. */
export function PlaceholderPage() {
  const section = useLocation().pathname.split('/')[3];
  const label = SECTIONS.find((candidate) => candidate.id === section)?.label ?? 'This section';
  return (
    <section className="page">
      <header className="page-header">
        <h1>{label}</h1>
      </header>
      <div className="state state-empty">
        <h2>{label} is not built yet</h2>
        <p>This page is planned but not available in this version of lxdeck. The lxc command line covers it meanwhile.</p>
      </div>
    </section>
  );
}
