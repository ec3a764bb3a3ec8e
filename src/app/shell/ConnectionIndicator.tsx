import { useLxdClient } from '@/api/client-context';
import { useServerConnection } from '@/realtime/connectionStore';
import { clockTime } from '@/lib/format';

const LABELS = {
  connecting: 'Connecting',
  live: 'Live',
  reconnecting: 'Reconnecting',
  offline: 'Offline',
} as const;

export function ConnectionIndicator() {
  const client = useLxdClient();
  const { status, lastLiveAt } = useServerConnection(client.id);
  const title =
    status === 'live'
      ? 'Receiving live events from the server'
      : lastLiveAt
        ? `No live events since ${clockTime(lastLiveAt)}; retrying`
        : 'Opening the events connection';
  return (
    <span className={`connection connection-${status}`} role="status" aria-label={`Connection: ${LABELS[status]}`} title={title} data-connection={status}>
      <span className="connection-dot" aria-hidden="true" />
      {LABELS[status]}
    </span>
  );
}
