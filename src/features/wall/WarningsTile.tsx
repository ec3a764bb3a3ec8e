import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { useServerFeatures } from '@/api/server/useServerFeatures';
import { warningQueries } from '@/api/warnings/queries';
import { errorText } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { MoreCount, Tile, TileUnavailable } from './Tile';
import { firstOf, openWarnings } from './wallModel';

const MAX_ROWS = 4;

/** Warnings not resolved, by severity (extension `warnings`), and the most severe of them. */
export function WarningsTile() {
  const client = useLxdClient();
  const { has } = useServerFeatures();
  const available = has('warnings');
  const warnings = useQuery({ ...warningQueries.list(client), enabled: available });
  return (
    <Tile id="warnings" title="Warnings" ready={!available || !warnings.isPending}>
      {!available ? (
        <TileUnavailable>This LXD has no warnings API (the API extension “warnings”).</TileUnavailable>
      ) : warnings.isPending ? (
        <LoadingState label="Loading warnings…" />
      ) : warnings.isError ? (
        <TileUnavailable>{errorText(warnings.error)}</TileUnavailable>
      ) : (
        <WarningList warnings={warnings.data} />
      )}
    </Tile>
  );
}

function WarningList({ warnings }: { warnings: Parameters<typeof openWarnings>[0] }) {
  const { counts, recent } = openWarnings(warnings);
  const { shown, more } = firstOf(recent, MAX_ROWS);
  return (
    <>
      <dl className="wall-figures wall-figures-small">
        {[...counts].map(([severity, count]) => (
          <div key={severity} className={`wall-figure wall-severity-${severity}`} data-severity={severity} data-count={count}>
            <dt>{severity}</dt>
            <dd>{count}</dd>
          </div>
        ))}
      </dl>
      <ul className="wall-list">
        {shown.map((warning) => (
          <li key={warning.uuid}>
            <span className={`wall-dot wall-severity-${warning.severity}`} aria-hidden="true" />
            <span className="wall-clip">
              {warning.project ? `${warning.project}: ` : ''}
              {warning.last_message || warning.type}
            </span>
          </li>
        ))}
      </ul>
      <MoreCount more={more} what="warnings" />
    </>
  );
}
