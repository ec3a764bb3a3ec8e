import { useLxdClient } from '@/api/client-context';
import { formatTime } from '@/lib/format';
import { MAX_LOGGED_EVENTS, useLifecycleLog } from '@/realtime/lifecycleLog';
import { MoreCount, Tile } from './Tile';
import { firstOf, shortAction } from './wallModel';

const MAX_ROWS = 7;

/**
 * The last lifecycle events, newest first, from the events socket the app already keeps open
 * (the log holds the last 50 per server; nothing is requested).
 */
export function EventsTile({ project }: { project: string | undefined }) {
  const client = useLxdClient();
  const log = useLifecycleLog(client.id);
  const events = project ? log.filter((event) => event.project === project) : log;
  const { shown, more } = firstOf(events, MAX_ROWS);
  return (
    <Tile id="events" title="Last events" ready>
      {events.length === 0 ? (
        <p className="wall-all-clear">No lifecycle event since this screen opened.</p>
      ) : (
        <ol className="wall-list wall-events">
          {shown.map((event) => (
            <li key={event.id} data-action={event.action}>
              <time dateTime={event.timestamp} className="wall-time">
                {formatTime(event.timestamp)}
              </time>
              <span className="wall-name">
                {event.object || event.collection}
                {!project && event.project !== 'default' ? ` · ${event.project}` : ''}
              </span>
              <span className="wall-clip wall-muted" title={event.action}>
                {shortAction(event.action, event.collection)}
              </span>
            </li>
          ))}
        </ol>
      )}
      <MoreCount more={more} what={`kept (the last ${MAX_LOGGED_EVENTS})`} />
    </Tile>
  );
}
