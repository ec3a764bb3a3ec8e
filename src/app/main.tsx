import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { fetchWithEarlyResponses } from '@/lib/earlyRequests';
import { LxdClient } from '@/lxd';
import { recordReached } from '@/api/servers/reached';
import { App } from './App';
import { prefetchLanding } from './prefetch';
import { trackFetchStarts } from '@/realtime/fetchStarts';
import { createQueryClient } from './queryClient';
import { FramedNotice } from './FramedNotice';
import { isFramed } from '@/lib/frameGuard';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

if (isFramed(window)) {
  createRoot(root).render(<FramedNotice />);
} else {
  start(root);
}

function start(element: HTMLElement) {
  const queryClient = createQueryClient();
  // Before any read: what is asked for once the events socket is open is not read again.
  trackFetchStarts(queryClient);
  // The app is served by LXD itself, so the local server is the page's own origin.
  // Its fetch first takes the responses the early script started while this bundle downloaded.
  const client = new LxdClient({
    id: 'local',
    baseUrl: '',
    fetch: fetchWithEarlyResponses(window as never, (input, init) => window.fetch(input, init)),
  });
  prefetchLanding(queryClient, client, window.location.hash);
  // The servers list shows when this browser last loaded each server's dashboard.
  recordReached(window.location.origin);

  createRoot(element).render(
    <StrictMode>
      <App queryClient={queryClient} client={client} />
    </StrictMode>,
  );
}
