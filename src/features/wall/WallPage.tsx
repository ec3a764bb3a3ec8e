import { useMemo } from 'react';
import { useLocation, useParams } from 'react-router';
import { useDocumentTitle } from '@/components/PageHeader';
import { DEFAULT_PROJECT } from '@/config/paths';
import { isFramed } from '@/lib/frameGuard';
import { AttentionTile } from './AttentionTile';
import { burnInOffset, burnInStep, BURN_IN_STEP_MS } from './burnIn';
import { ComposedWall } from './ComposedWall';
import { EventsTile } from './EventsTile';
import { HealthTile } from './HealthTile';
import { InstancesTile } from './InstancesTile';
import { OperationsTile } from './OperationsTile';
import { TopInstancesTile } from './TopInstancesTile';
import { useNow } from './useLastUpdated';
import { useScopeInstances } from './useScopeInstances';
import { useWallScope } from './useWallScope';
import { WallServerLabelId } from './wallLandmarks';
import { WallHeader } from './WallHeader';
import { parseWallParams, type WallParams, type WallTileId } from './wallParams';
import { isEmbedded, parseWallServers } from './wallServers';
import { WarningsTile } from './WarningsTile';
import './wall.css';
import './composedWall.css';

/**
 * The wall screen (`#/wall`, `#/wall/project/<p>`): a kiosk view outside the shell, read from
 * across a room, needing no interaction. Tiles, theme and rotation come from the address.
 */
export function WallPage() {
  const { project: routeProject } = useParams();
  const { search } = useLocation();
  const query = useMemo(() => new URLSearchParams(search), [search]);
  const params = useMemo(() => parseWallParams(query, { allProjects: !routeProject }), [query, routeProject]);
  // `servers=…` composes other servers' walls in frames; only at the top, never inside a frame.
  const embedded = isEmbedded(query) || isFramed(window);
  const servers = useMemo(
    () => (embedded ? undefined : parseWallServers(query.get('servers'), window.location.origin, __LXDECK_WALL_SERVERS__)),
    [embedded, query],
  );
  if (servers && servers.origins.length > 0) {
    return (
      <ComposedWall
        origins={servers.origins}
        project={routeProject}
        search={query}
        theme={params.theme}
        problems={[...params.problems, ...servers.problems]}
      />
    );
  }
  return <ServerWall routeProject={routeProject} params={params} embedded={embedded} />;
}

/** This server's wall; `embedded` inside a composed wall (no burn-in shift of its own). */
function ServerWall({ routeProject, params, embedded }: { routeProject: string | undefined; params: WallParams; embedded: boolean }) {
  const scope = useWallScope(routeProject, params.rotateMs);
  const lists = useScopeInstances(params.tiles.some((tile) => tile === 'instances' || tile === 'attention') ? scope.projects : []);
  const step = burnInStep(useNow(BURN_IN_STEP_MS / 6));
  const [x, y] = embedded ? [0, 0] : burnInOffset(step);
  useDocumentTitle([scope.current ?? '', 'Wall']);

  const tile = (id: WallTileId) => {
    switch (id) {
      case 'instances':
        return <InstancesTile key={id} lists={lists} />;
      case 'attention':
        return <AttentionTile key={id} lists={lists} showProject={!scope.current} />;
      case 'health':
        return <HealthTile key={id} project={scope.current ?? DEFAULT_PROJECT} />;
      case 'warnings':
        return <WarningsTile key={id} />;
      case 'operations':
        return <OperationsTile key={id} project={scope.current} />;
      case 'events':
        return <EventsTile key={id} project={scope.current} />;
      case 'top':
        return <TopInstancesTile key={id} project={scope.current} />;
    }
  };

  const serverLabel = embedded ? `on ${window.location.host}` : undefined;
  return (
    <WallServerLabelId.Provider value={serverLabel ? 'wall-server-label' : undefined}>
      <div className="wall" data-theme={params.theme} data-embed={embedded ? '' : undefined}>
        <main
          className="wall-shift"
          style={{ transform: `translate(${x}px, ${y}px)` }}
          data-shift={`${x},${y}`}
          aria-label={embedded ? `Wall of ${window.location.host}` : undefined}
        >
          {serverLabel && (
            <span id="wall-server-label" className="visually-hidden">
              {serverLabel}
            </span>
          )}
          <WallHeader scope={scope} problems={params.problems} />
          <div className="wall-grid" data-tiles={params.tiles.length}>
            {params.tiles.map(tile)}
          </div>
        </main>
      </div>
    </WallServerLabelId.Provider>
  );
}
