import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { serverQueries } from '@/api/server/queries';
import { LaterCertificateExpiryNotice } from '@/components/LaterCertificateExpiryNotice';
import { clockTime } from '@/lib/format';
import { useServerConnection } from '@/realtime/connectionStore';
import { useLastUpdated, useNow } from './useLastUpdated';
import type { WallScope } from './useWallScope';

/** Server and project, the time of the last update, the connection; a banner while LXD is away. */
export function WallHeader({ scope, problems }: { scope: WallScope; problems: readonly string[] }) {
  const client = useLxdClient();
  const server = useQuery(serverQueries.info(client)).data;
  const { status, lastLiveAt } = useServerConnection(client.id);
  const updated = useLastUpdated(client.id);
  const now = useNow(1000);
  const lost = status === 'reconnecting' || status === 'offline';
  const name = server?.environment?.server_name ?? 'LXD';
  return (
    <header className="wall-header">
      <h1 className="wall-title">
        {name}
        <span className="wall-title-scope">
          {scope.current ? ` · ${scope.current}` : ' · all projects'}
          {scope.rotation ? ` (${scope.rotation.index + 1} of ${scope.rotation.count})` : ''}
        </span>
      </h1>
      <p className="wall-updated" data-updated={updated ?? ''}>
        Last updated <time>{clockTime(updated ?? now)}</time>
      </p>
      <p className={`wall-connection wall-connection-${status}`} role="status" aria-label={`Connection: ${status}`} data-connection={status}>
        <span className="wall-connection-dot" aria-hidden="true" />
        {status === 'live' ? 'Live' : status === 'connecting' ? 'Connecting' : 'Offline'}
      </p>
      {lost && (
        <p className="wall-banner" role="alert" data-lost-at={lastLiveAt ?? ''}>
          Connection to LXD lost{lastLiveAt ? ` at ${clockTime(lastLiveAt)}` : ''}. Showing what was known then; reconnecting.
        </p>
      )}
      <LaterCertificateExpiryNotice variant="wall" />
      {problems.map((problem) => (
        <p key={problem} className="wall-problem">
          {problem}
        </p>
      ))}
    </header>
  );
}
