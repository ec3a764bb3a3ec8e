// The page's early script (see src/lib/earlyRequests.ts): a plain script at the top of index.html,
// it starts the first screen's requests, and the download of the page's own code, before the app
// has downloaded.
import { EVENTS_PATH, openEarlyEvents, whenEventsOpen } from '@/lib/earlyEvents';
import { earlyPageFiles, startEarlyRequests } from '@/lib/earlyRequests';
import { currentFrameVerdict } from '@/lib/frameGuard';
import { composesWalls } from '@/features/wall/wallServers';

// Inside a frame the page asks LXD for nothing (the app then only says why it does not run),
// unless it is a wall framed by a listed server's wall (lib/frameGuard.ts). A composed wall's own
// page holds only frames, which read for themselves.
const verdict = currentFrameVerdict(window);
if (verdict !== 'refused' && !composesWalls(window.location.hash, verdict !== 'top')) start();

function start() {
  // The events socket first: what is asked for once it is open is not read a second time (the
  // first screen's own reads do not wait for it, see startEarlyRequests).
  const events = openEarlyEvents(window as never, `${window.location.protocol === 'http:' ? 'ws' : 'wss'}://${window.location.host}${EVENTS_PATH}`, WebSocket);
  const hash = window.location.hash;
  startEarlyRequests(window as never, hash, (input, init) => window.fetch(input, init), {
    isOpen: () => events?.socket.readyState === 1,
    whenOpen: (then, waitMs) => whenEventsOpen(events, then, waitMs),
  });

  // The page's first render reads this browser's settings (read-only mode): the first access to
  // the origin's storage blocks the page while the browser opens it (20-90 ms here on a fresh
  // profile), time better spent now, while the page waits for the network anyway.
  try {
    window.localStorage.getItem('');
  } catch {
    // Storage refused (private mode, a sandboxed frame): the app does without.
  }

  const pages = document.querySelector('meta[name="lxdeck-pages"]')?.getAttribute('content');
  for (const file of earlyPageFiles(window.location.hash, pages)) {
    const link = document.createElement('link');
    if (file.endsWith('.css')) {
      link.rel = 'preload';
      link.as = 'style';
      // As the app's loader asks for it (crossorigin), or the preload is not used and it is fetched twice.
      link.crossOrigin = '';
    } else {
      link.rel = 'modulepreload';
    }
    link.href = file;
    document.head.appendChild(link);
  }
}
