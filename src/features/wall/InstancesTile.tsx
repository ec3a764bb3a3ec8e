import { errorText } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { MoreCount, Tile, TileUnavailable } from './Tile';
import type { ProjectInstances } from './useScopeInstances';
import { firstOf, listsRead, STATUS_ORDER, statusCounts } from './wallModel';

/** Rows that fit the tile at 1080 lines with the wall's type size. */
const MAX_PROJECT_ROWS = 7;

/** Instances by status: big figures for one project, a row per project for several. */
export function InstancesTile({ lists }: { lists: readonly ProjectInstances[] }) {
  const single = lists.length === 1 ? lists[0] : undefined;
  return (
    <Tile id="instances" title={single ? `Instances · ${single.project}` : 'Instances by project'} ready={listsRead(lists)}>
      {single ? <ProjectFigures list={single} /> : <ProjectRows lists={lists} />}
    </Tile>
  );
}

function ProjectFigures({ list }: { list: ProjectInstances }) {
  if (!list.instances) {
    return list.error ? <TileUnavailable>{errorText(list.error)}</TileUnavailable> : <LoadingState label="Loading instances…" />;
  }
  const counts = statusCounts(list.instances);
  return (
    <dl className="wall-figures" data-project={list.project}>
      {[...counts].map(([status, count]) => (
        <div key={status} className={`wall-figure wall-status-${status.toLowerCase()}`} data-status={status} data-count={count}>
          <dt>{status}</dt>
          <dd>{count}</dd>
        </div>
      ))}
      <div className="wall-figure wall-figure-total" data-status="total" data-count={list.instances.length}>
        <dt>Total</dt>
        <dd>{list.instances.length}</dd>
      </div>
    </dl>
  );
}

function ProjectRows({ lists }: { lists: readonly ProjectInstances[] }) {
  const { shown, more } = firstOf(lists, MAX_PROJECT_ROWS);
  if (lists.length === 0) return <LoadingState label="Loading projects…" />;
  return (
    <>
      <table className="wall-table wall-counts">
        <thead>
          <tr>
            <th scope="col">Project</th>
            {STATUS_ORDER.map((status) => (
              <th key={status} scope="col" className="wall-num">
                {status}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((list) => {
            const counts = list.instances ? statusCounts(list.instances) : undefined;
            return (
              <tr key={list.project} data-project={list.project}>
                <th scope="row" className="wall-name">
                  {list.project}
                </th>
                {STATUS_ORDER.map((status) => (
                  <td key={status} className={`wall-num wall-status-${status.toLowerCase()}`} data-status={status}>
                    {counts ? counts.get(status) ?? 0 : list.error ? '!' : '…'}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <MoreCount more={more} what="projects" />
    </>
  );
}
