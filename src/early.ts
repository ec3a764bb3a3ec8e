// The page's early script (see src/lib/earlyRequests.ts): a plain script at the top of index.html,
// it starts the first screen's requests before the app has downloaded.
import { startEarlyRequests } from '@/lib/earlyRequests';

startEarlyRequests(window as never, window.location.hash, (input, init) => window.fetch(input, init));
