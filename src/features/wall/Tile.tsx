import { useContext, type ReactNode } from 'react';
import { WallServerLabelId } from './wallLandmarks';
import type { WallTileId } from './wallParams';

/**
 * One tile of the wall: a titled region whose body never scrolls (lists are cut to fit, with "+ n more").
 * `ready`: everything the tile reads has been answered (its data, or why there is none), so no
 * placeholder is left; `data-ready` carries it for whoever checks the screen is complete.
 */
export function Tile({ id, title, detail, ready, children }: { id: WallTileId; title: string; detail?: ReactNode; ready: boolean; children: ReactNode }) {
  const serverLabel = useContext(WallServerLabelId);
  return (
    <section
      className={`wall-tile wall-tile-${id}`}
      aria-labelledby={[`wall-tile-${id}`, serverLabel].filter(Boolean).join(' ')}
      data-tile={id}
      data-ready={ready}
    >
      <h2 id={`wall-tile-${id}`} className="wall-tile-title">
        {title}
        {detail && <span className="wall-tile-detail">{detail}</span>}
      </h2>
      <div className="wall-tile-body">{children}</div>
    </section>
  );
}

/** Why a tile has nothing to show (a missing API extension, a refusal). */
export function TileUnavailable({ children }: { children: ReactNode }) {
  return <p className="wall-unavailable">{children}</p>;
}

export function MoreCount({ more, what }: { more: number; what: string }) {
  if (more <= 0) return null;
  return <p className="wall-more">+ {more} more {what}</p>;
}
