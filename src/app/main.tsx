import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { dropEarlyResponses, fetchWithEarlyResponses, takeEarlyAnswer } from '@/lib/earlyRequests';
import { LxdClient } from '@/lxd';
import { recordReached } from '@/api/servers/reached';
import { App } from './App';
import { preloadPages } from './router';
import { appHistory } from '@/components/navigation';
import { prefetchLanding } from './prefetch';
import { trackFetchStarts } from '@/api/fetchStarts';
import { createQueryClient } from './queryClient';
import { FramedNotice } from './FramedNotice';
import { currentFrameVerdict } from '@/lib/frameGuard';
import { READ_ONLY_REASON, currentReadOnlyMode, forceReadOnlyMode, moveReadOnlyParam } from '@/lib/readOnly';
import { postWallFrameState } from '@/lib/wallFrameMessages';
import { setWriteGuard } from '@/lxd';
import { afterFirstScreen, markFirstScreenDone } from '@/lib/afterFirstScreen';
import './styles.css';

/** How long the first render waits for its page's code at most: then it shows "Loading…" until it is in. */
const PAGE_CODE_WAIT_MS = 250;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const verdict = currentFrameVerdict(window);
if (verdict === 'refused') {
  createRoot(root).render(<FramedNotice />);
  postWallFrameState(window, 'refused');
} else {
  if (verdict === 'wall') startFramedWall();
  start(root, verdict === 'top');
}

/**
 * A wall framed by another server's wall (lib/frameGuard.ts): read-only whatever the address or
 * the setting say, and only while the route stays a wall; any other route (the framing page can
 * change the hash) reloads the page, whose guard then refuses it.
 */
function startFramedWall() {
  forceReadOnlyMode();
  window.addEventListener('hashchange', () => {
    if (currentFrameVerdict(window) !== 'wall') window.location.reload();
  });
  postWallFrameState(window, 'running');
}

/**
 * Read-only mode: `?readonly=1` given after the `#` moves before it, where hash navigation keeps
 * it; and the client refuses every write while the mode is on, behind the disabled controls.
 */
function installReadOnlyGuard() {
  const moved = moveReadOnlyParam(window.location.href);
  if (moved) window.history.replaceState(window.history.state, '', moved);
  setWriteGuard((method, url) => {
    if (currentReadOnlyMode() === 'off') return undefined;
    // A control that should have been disabled reached the client: say so for whoever debugs it.
    console.warn(`read-only mode: refused ${method} ${url}`);
    return READ_ONLY_REASON;
  });
}

function start(element: HTMLElement, topLevel: boolean) {
  installReadOnlyGuard();
  const queryClient = createQueryClient();
  // Before any read: what is asked for once the events socket is open is not read again.
  trackFetchStarts(queryClient);
  // What the first screen does not show waits until it is in (the events code, the switcher);
  // what the early script read for it before the events socket opened and nobody took is dropped.
  afterFirstScreen(queryClient, () => {
    markFirstScreenDone();
    dropEarlyResponses(window as never);
  });
  // The app is served by LXD itself, so the local server is the page's own origin.
  // Its fetch first takes the responses the early script started while this bundle downloaded.
  const client = new LxdClient({
    id: 'local',
    baseUrl: '',
    fetch: fetchWithEarlyResponses(window as never, (input, init) => window.fetch(input, init)),
    // And what has already arrived is drawn in the first render.
    answered: (url) => takeEarlyAnswer(window as never, url),
  });
  prefetchLanding(queryClient, client, window.location.hash);
  // The servers list shows when this browser last loaded each server's dashboard (not a framed wall).
  if (topLevel) recordReached(window.location.origin);

  // The first render waits (a moment at most) for the code of the page the address opens, which
  // the early script has been fetching meanwhile: drawn in one pass, without a "Loading…" first.
  const render = () =>
    createRoot(element).render(
      <StrictMode>
        <App queryClient={queryClient} client={client} />
      </StrictMode>,
    );
  void Promise.race([preloadPages(appHistory().location.pathname), new Promise((resolve) => setTimeout(resolve, PAGE_CODE_WAIT_MS))]).then(render);
}
