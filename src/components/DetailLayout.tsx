import type { ComponentProps, ReactNode } from 'react';
import { NavLink, Outlet } from 'react-router';
import { PageHeader } from './PageHeader';

export interface DetailTab {
  label: string;
  to: string;
}

interface DetailLayoutProps extends Omit<ComponentProps<typeof PageHeader>, 'id'> {
  /** Accessible name of the tab bar: `Instance sections`. */
  tabsLabel: string;
  /** The first tab is the overview (matched exactly); each tab is a route. */
  tabs: readonly DetailTab[];
  /** The tab's content; defaults to the nested route. */
  children?: ReactNode;
  /** Attributes for tests and styling of the page element. */
  pageProps?: Record<`data-${string}`, string>;
}

/**
 * An object's page: breadcrumbs, title with badges and actions, tabs as routes (so each tab has a
 * URL, survives a reload and has its own error boundary), then the tab.
 */
export function DetailLayout({ tabsLabel, tabs, children, pageProps, ...header }: DetailLayoutProps) {
  const titleId = `detail-title`;
  return (
    <section className="page" aria-labelledby={titleId} {...pageProps}>
      <PageHeader {...header} id={titleId} />
      <nav className="tabs" aria-label={tabsLabel}>
        {tabs.map((tab, index) => (
          <NavLink key={tab.to} end={index === 0} to={tab.to} className={({ isActive }) => (isActive ? 'tab active' : 'tab')}>
            {tab.label}
          </NavLink>
        ))}
      </nav>
      {/* It scrolls on its own: focusable, so a tab without links or buttons still scrolls by keyboard. */}
      <div className="tab-panel" tabIndex={0}>
        {children ?? <Outlet />}
      </div>
    </section>
  );
}
