import { useEffect, useSyncExternalStore, type ReactNode } from 'react';
import type { LxdServer } from '@/lxd';
import { LoadingState } from '@/components/LoadingState';
import { restrictedRedirect } from './restrictedRoute';
import { useClientAccess } from './useClientAccess';
import './restricted.css';

function subscribeToHash(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** Says that this browser's certificate only reaches some projects; the shell may place it too. */
export function RestrictedAccessNote({ projects }: { projects: readonly string[] | undefined }) {
  const list = projects?.length ? projects.join(', ') : undefined;
  return (
    <aside className="restricted-note" role="note" aria-label="Restricted certificate">
      <strong>Restricted certificate.</strong>{' '}
      {list === undefined
        ? 'This browser’s certificate is restricted to some projects of this server; other projects and server-wide settings are hidden from it.'
        : projects?.length === 1
          ? `This browser’s certificate is restricted to the project ${list}; other projects and server-wide settings are hidden from it.`
          : `This browser’s certificate is restricted to the projects ${list}; other projects and server-wide settings are hidden from it.`}
    </aside>
  );
}

/**
 * Around the dashboard of a trusted browser: a restricted certificate gets the note above it and is
 * kept on projects it may use (opening the app would otherwise land on "default", which LXD
 * refuses it). Everyone else gets the dashboard as is, without waiting for anything.
 */
export function RestrictedAccessGate({ server, children }: { server: LxdServer; children: ReactNode }) {
  const access = useClientAccess(server);
  const hash = useSyncExternalStore(subscribeToHash, () => window.location.hash);
  const redirect = access?.restricted ? restrictedRedirect(hash, access.projects ?? []) : null;

  useEffect(() => {
    // A real navigation, so the hash router (already created) follows it before it renders.
    if (redirect) window.location.replace(redirect);
  }, [redirect]);

  if (!access || redirect) return <LoadingState label="Connecting to LXD…" />;
  if (!access.restricted) return <>{children}</>;
  return (
    <div className="restricted-frame">
      <RestrictedAccessNote projects={access.projects} />
      {children}
    </div>
  );
}
