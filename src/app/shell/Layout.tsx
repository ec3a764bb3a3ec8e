import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { Outlet, useParams } from 'react-router';
import { useLxdClient } from '@/api/client-context';
import { serverQueries } from '@/api/server/queries';
import { LaterCertificateExpiryNotice } from '@/components/LaterCertificateExpiryNotice';
import { Toaster } from '@/components/Toaster';
import { DEFAULT_PROJECT } from '@/config/paths';
import { PaletteLauncher } from '@/features/palette/PaletteLauncher';
import { ConnectionIndicator } from './ConnectionIndicator';
import { ReadOnlyBadge } from './ReadOnlyBadge';
import { MenuButton } from './MenuButton';
import { ProjectGuard } from './ProjectGuard';
import { ProjectSwitcher } from './ProjectSwitcher';
import { Sidebar } from './Sidebar';
import { useNavMenu } from './useNavMenu';

const NAV_ID = 'app-sections';

export function Layout() {
  const client = useLxdClient();
  const { project = DEFAULT_PROJECT } = useParams();
  const server = useQuery(serverQueries.info(client)).data;
  const environment = server?.environment;
  const { open, toggle, close, onKeyDown, onBlur, onNavigate, buttonRef, navRef, contentRef } = useNavMenu();
  const focusContent = useCallback(() => contentRef.current?.focus({ preventScroll: true }), [contentRef]);
  return (
    <div className={open ? 'shell nav-open' : 'shell'}>
      <header className="topbar" data-view="">
        <MenuButton
          buttonRef={buttonRef}
          open={open}
          controls={NAV_ID}
          onToggle={toggle}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        />
        <span className="brand">lxdeck</span>
        <ProjectSwitcher />
        <span className="server-name" title={environment?.server_clustered ? 'Cluster' : 'Server'}>
          {environment?.server_name ?? 'LXD'}
          {environment?.server_version && <span className="muted server-version"> · LXD {environment.server_version}</span>}
        </span>
        <PaletteLauncher project={project} onNavigated={focusContent} />
        <LaterCertificateExpiryNotice />
        <ReadOnlyBadge />
        <ConnectionIndicator />
      </header>
      <Sidebar
        id={NAV_ID}
        navRef={navRef}
        open={open}
        onNavigate={onNavigate}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
      {/* Below 768 px the open menu lies over the content; a tap beside it closes it. */}
      {open && <div className="nav-backdrop" aria-hidden="true" onClick={close} />}
      {/* Focusable from script only: after a navigation from the menu or the palette, focus lands here. */}
      <main id="main-content" className="content" ref={contentRef} tabIndex={-1}>
        <ProjectGuard>
          <Outlet />
        </ProjectGuard>
      </main>
      <Toaster />
    </div>
  );
}
