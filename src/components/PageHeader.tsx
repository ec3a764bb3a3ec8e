import { useEffect, useId, type ReactNode } from 'react';
import { Link } from 'react-router';

export interface Crumb {
  label: string;
  to: string;
}

interface PageHeaderProps {
  title: string;
  /** Shown instead of the title text (e.g. with an icon); the title stays the page's name. */
  heading?: ReactNode;
  /** Words after the title in the browser tab: `['Instances']` gives `db-01 · Instances · lxdeck`. */
  titleContext?: readonly string[];
  breadcrumbs?: readonly Crumb[];
  badges?: ReactNode;
  /** A short muted text beside the title (`project default`). */
  subtitle?: ReactNode;
  actions?: ReactNode;
  /** Id for the h1, so the page's landmark can be labelled by it. */
  id?: string;
}

/** Sets the browser tab's title while the page is shown: most specific first, then `lxdeck`. */
export function useDocumentTitle(parts: readonly string[]) {
  const title = [...parts.filter(Boolean), 'lxdeck'].join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/** Breadcrumbs, the h1 with badges, and the page's actions; also names the browser tab. */
export function PageHeader({ title, heading, titleContext = [], breadcrumbs, badges, subtitle, actions, id }: PageHeaderProps) {
  const fallbackId = useId();
  useDocumentTitle([title, ...titleContext]);
  return (
    <>
      {breadcrumbs && breadcrumbs.length > 0 && (
        <nav className="breadcrumb muted" aria-label="Breadcrumb">
          {breadcrumbs.map((crumb) => (
            <span key={crumb.to}>
              <Link to={crumb.to}>{crumb.label}</Link>
              {' / '}
            </span>
          ))}
          <span aria-current="page">{title}</span>
        </nav>
      )}
      <header className="page-header">
        <h1 id={id ?? fallbackId}>{heading ?? title}</h1>
        {badges}
        {subtitle && <span className="muted">{subtitle}</span>}
        {actions && <div className="page-actions">{actions}</div>}
      </header>
    </>
  );
}
