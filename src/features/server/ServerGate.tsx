import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { useLxdClient } from '@/api/client-context';
import { serverQueries } from '@/api/server/queries';
import { ErrorState } from '@/components/ErrorState';
import { lazyPart } from '@/components/lazyPart';
import { LoadingState } from '@/components/LoadingState';
import { isLxdError } from '@/lxd';
import { isLimitedClient } from '@/api/certificates/access';
import { UntrustedNotice } from './UntrustedNotice';

// Only untrusted browsers load the setup page (and its certificate worker); should the chunk
// fail to load, the short notice with the manual steps stands in.
const SetupPage = lazy(() =>
  import('./onboarding/SetupPage').then(
    (module) => ({ default: module.SetupPage }),
    () => ({ default: UntrustedNotice }),
  ),
);

// Only a certificate that is not an admin's may be restricted: its gate (which looks the
// certificate up) is loaded for it alone, not for every page load.
const RestrictedAccessGate = lazyPart(async () => (await import('./onboarding/RestrictedAccess')).RestrictedAccessGate, {
  loading: <LoadingState label="Connecting to LXD…" />,
  failed: <ErrorState title="Cannot reach LXD" error={new Error('Part of the dashboard could not be loaded; it is tried again in 30 s.')} />,
});

/** Shows the dashboard only once the server answered and trusts this browser's certificate. */
export function ServerGate({ children }: { children: ReactNode }) {
  const client = useLxdClient();
  const server = useQuery(serverQueries.info(client));

  if (server.isPending) return <LoadingState label="Connecting to LXD…" />;
  if (server.isError && !server.data) {
    const error = server.error;
    if (isLxdError(error) && error.isCrossSiteRefusal) {
      return (
        <ErrorState
          title="This LXD refuses requests from another site"
          error={
            new Error(
              'Open lxdeck from the LXD server itself (https://<server>:8443/ui/, with LXD_UI pointing at the built app) so that its requests are same-origin.',
            )
          }
        />
      );
    }
    return <ErrorState title="Cannot reach LXD" error={error} onRetry={() => void server.refetch()} />;
  }
  if (server.data.auth !== 'trusted') {
    return (
      <Suspense fallback={<LoadingState label="Loading the setup page…" />}>
        <SetupPage />
      </Suspense>
    );
  }
  if (!isLimitedClient(server.data)) return <>{children}</>;
  return <RestrictedAccessGate server={server.data}>{children}</RestrictedAccessGate>;
}
