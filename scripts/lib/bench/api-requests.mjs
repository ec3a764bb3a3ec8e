// The API requests a page makes, counted from Playwright's side, and what an outside change
// (an instance started with the LXD API, not through the page) costs the page in requests.
import { setTimeout as sleep } from 'node:timers/promises';
import { withTimeout } from './util.mjs';

/** Counts the app's /1.0 HTTP requests (the events websocket is not one) and tracks those in flight. */
export function trackApiRequests(page) {
  const inflight = new Map();
  const log = [];
  let waiters = [];
  const isApi = (request) => {
    const { pathname } = new URL(request.url());
    return pathname.startsWith('/1.0') && request.resourceType() !== 'websocket' && pathname !== '/1.0/events';
  };
  const settle = (request, status) => {
    const entry = inflight.get(request);
    if (!entry) return;
    entry.status = status;
    inflight.delete(request);
    if (inflight.size === 0) {
      for (const resolve of waiters) resolve();
      waiters = [];
    }
  };
  page.on('request', (request) => {
    if (!isApi(request)) return;
    const { pathname, search } = new URL(request.url());
    const entry = { at: Date.now(), method: request.method(), path: pathname + search, status: null };
    log.push(entry);
    inflight.set(request, entry);
  });
  page.on('requestfinished', (request) => {
    void request
      .response()
      .then((response) => settle(request, response?.status() ?? null))
      .catch(() => settle(request, null));
  });
  page.on('requestfailed', (request) => settle(request, 'failed'));
  return {
    log,
    quiet: () => (inflight.size === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
    inflightUrls: () => [...inflight.values()].map((e) => e.path),
  };
}

/** After an event has been handled, how long later requests it caused are still counted. */
export const SETTLE_AFTER_EVENT_MS = 1500;

/** A collection read (`/1.0/instances`, `?recursion=`), as opposed to one object or its state. */
export function isListRequest(entry) {
  const [pathname, search = ''] = entry.split(' ')[1].split('?');
  return /^\/1\.0\/[a-z-]+$/.test(pathname) || /(^|&)recursion=/.test(search);
}

/**
 * Changes instance `name`'s power state with the LXD API from outside the page (`api` tracks the
 * page's requests, see trackApiRequests) once the page asks nothing, waits for `shown()` (the
 * page shows the change), then returns the requests the page made from the change until
 * SETTLE_AFTER_EVENT_MS after it was shown and whatever those were still waiting for ("METHOD
 * path" each), with LXD's timings and what shown() resolved to. `undo()` runs afterwards whatever happened.
 */
export async function outsideStateChange({ lxd, api, name, action, shown, undo }) {
  await withTimeout(api.quiet(), 15_000, `API requests still in flight before the ${action}: ${api.inflightUrls().join(', ')}`);
  const requestsFrom = api.log.length;
  try {
    const times = await lxd.changeState(name, action);
    const seen = await shown();
    await sleep(SETTLE_AFTER_EVENT_MS);
    await withTimeout(api.quiet(), 15_000, `API requests after the ${action}: ${api.inflightUrls().join(', ')}`);
    return { ...times, shown: seen, requests: api.log.slice(requestsFrom).map((r) => `${r.method} ${r.path}`) };
  } finally {
    await undo();
  }
}
