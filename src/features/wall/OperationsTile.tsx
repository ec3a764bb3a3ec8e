import { useQuery } from '@tanstack/react-query';
import { useLxdClient } from '@/api/client-context';
import { listsOperationsOfAllProjects, operationQueries } from '@/api/operations/queries';
import { serverQueries } from '@/api/server/queries';
import { errorText } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { progressOfOperation } from '@/realtime/operationProgress';
import { MoreCount, Tile, TileUnavailable } from './Tile';
import { firstOf } from './wallModel';

const MAX_ROWS = 5;
const UNDER_WAY = new Set(['Pending', 'Running', 'Cancelling']);

/** Task operations under way (patched from operation events, as the operations page is), with progress. */
export function OperationsTile({ project }: { project: string | undefined }) {
  const client = useLxdClient();
  const server = useQuery(serverQueries.info(client)).data;
  // Which read depends on the server (`forProject`): none until it has said what it is.
  const list = useQuery({ ...operationQueries.forProject(client, listsOperationsOfAllProjects(server), project), enabled: !!server });
  const running = (list.data?.operations ?? []).filter(
    ({ operation, project: owner }) =>
      UNDER_WAY.has(operation.status) && operation.class === 'task' && (!project || owner === null || owner === project),
  );
  const { shown, more } = firstOf(running, MAX_ROWS);
  return (
    <Tile id="operations" title="Operations under way" detail={running.length > 0 ? String(running.length) : undefined} ready={!list.isPending}>
      {list.isPending ? (
        <LoadingState label="Loading operations…" />
      ) : list.isError && !list.data ? (
        <TileUnavailable>{errorText(list.error)}</TileUnavailable>
      ) : running.length === 0 ? (
        <p className="wall-all-clear">None.</p>
      ) : (
        <ul className="wall-list">
          {shown.map(({ operation, project: owner }) => {
            const progress = progressOfOperation(operation);
            return (
              <li key={operation.id} className="wall-operation" data-operation={operation.id}>
                <span className="wall-clip">
                  {operation.description}
                  {owner && !project ? <span className="wall-muted"> · {owner}</span> : null}
                </span>
                {progress.percent !== undefined ? (
                  <progress max={100} value={progress.percent} aria-label={`${operation.description}: ${progress.percent}%`} />
                ) : (
                  <span className="wall-muted">{progress.text ?? operation.status}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <MoreCount more={more} what="operations" />
    </Tile>
  );
}
