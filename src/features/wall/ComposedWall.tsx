import { useId, useRef, type CSSProperties } from 'react';
import { useDocumentTitle } from '@/components/PageHeader';
import { burnInOffset, burnInStep, BURN_IN_STEP_MS } from './burnIn';
import { clockTime } from '@/lib/format';
import { useNow } from './useLastUpdated';
import { useWallFrameState, type WallFrameState } from './useWallFrameState';
import { wallColumns, wallFrameUrl } from './wallServers';
import type { WallTheme } from './wallParams';
import './composedWall.css';

interface ComposedWallProps {
  origins: readonly string[];
  project: string | undefined;
  search: URLSearchParams;
  theme: WallTheme;
  problems: readonly string[];
}

/**
 * Several servers on one wall: each server's own wall in a frame (this server's too, so every
 * server gets the same box and type size), under one clock, moved as a whole against burn-in.
 */
export function ComposedWall({ origins, project, search, theme, problems }: ComposedWallProps) {
  const now = useNow(BURN_IN_STEP_MS / 6);
  const [x, y] = burnInOffset(burnInStep(now));
  const time = useNow(1000);
  const servers = `${origins.length} server${origins.length === 1 ? '' : 's'}`;
  useDocumentTitle([project ?? '', servers, 'Wall']);
  return (
    <div className="wall wall-composed" data-theme={theme}>
      <main className="wall-shift" style={{ transform: `translate(${x}px, ${y}px)` }} data-shift={`${x},${y}`}>
        <header className="wall-header">
          <h1 className="wall-title">
            {servers}<span className="wall-title-scope">{project ? ` · ${project}` : ' · all projects'}</span>
          </h1>
          <p className="wall-updated wall-clock">
            <time>{clockTime(time, false)}</time>
          </p>
          {problems.map((problem) => (
            <p key={problem} className="wall-problem">
              {problem}
            </p>
          ))}
        </header>
        <div className="wall-servers" style={{ '--wall-columns': wallColumns(origins.length) } as CSSProperties}>
          {origins.map((origin) => (
            <ServerFrame key={origin} origin={origin} src={wallFrameUrl(origin, project, search)} />
          ))}
        </div>
      </main>
    </div>
  );
}

const STATE_TEXT: Record<Exclude<WallFrameState, 'running'>, (origin: string) => { title: string; detail: string }> = {
  connecting: (origin) => ({ title: `Connecting to ${origin}…`, detail: '' }),
  unreachable: (origin) => ({
    title: `${origin} not reachable`,
    detail:
      'No wall answered from this server: it is down, this browser presents no certificate it trusts, or its LXD forbids framing (LXD 6.x sends X-Frame-Options: SAMEORIGIN). Trying again every 30 s.',
  }),
  refused: (origin) => ({
    title: `${origin} refused to run in this frame`,
    detail:
      'It runs framed only as a wall, under servers its build lists in LXDECK_WALL_SERVERS: serve the same build on every server of the wall.',
  }),
  blocked: (origin) => ({
    title: `${origin} blocked by this page’s policy`,
    detail: 'The Content-Security-Policy this page got does not allow frames from that server (newer LXD sends its own policy for /ui/).',
  }),
};

/** One server's wall; until it says it runs, what is known about it instead of a blank frame. */
function ServerFrame({ origin, src }: { origin: string; src: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const { state, attempt, onLoad } = useWallFrameState(origin, frame);
  const text = state === 'running' ? undefined : STATE_TEXT[state](origin);
  const captionId = `wall-server-${useId()}`;
  return (
    <section className="wall-server" data-server={origin} data-state={state} aria-labelledby={captionId}>
      <h2 id={captionId} className="wall-server-caption">
        {new URL(origin).host}
      </h2>
      <iframe key={attempt} ref={frame} src={src} title={`Wall of ${origin}`} onLoad={onLoad} />
      {text && (
        <div className="wall-server-state" role={state === 'connecting' ? 'status' : 'alert'}>
          <p className="wall-server-title">{text.title}</p>
          {text.detail && <p className="wall-server-detail">{text.detail}</p>}
        </div>
      )}
    </section>
  );
}
