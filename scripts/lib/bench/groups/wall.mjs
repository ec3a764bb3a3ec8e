// The wall screen beside the 500 containers: time from navigation to the first full paint (every
// tile has its data and the instance figures equal LXD's), the scripts and styles loaded by then,
// and the API requests one outside start costs the open wall. One fresh browser context per run.
/* global window, document */
import { isListRequest, outsideStateChange, trackApiRequests } from '../api-requests.mjs';
import { newBenchContext } from '../browser.mjs';
import { measureListFirstRow } from '../list-first-row.mjs';
import { apiResources, installProbes, scriptAndStyleResources, watchFirstMatch, watchRowStatus } from '../page-probes.mjs';
import { INSTANCE_COUNT, LIVE_INSTANCE } from '../seed.mjs';
import { round, step, withTimeout } from '../util.mjs';

const PROJECT = 'default';
const WALL_HASH = `#/wall/project/${PROJECT}`;
const ALL_PROJECTS_HASH = '#/wall';
const KB = 1000;
/** What the wall reads on a timer whatever happens (metrics every 15 s, memory and pool space every 60 s): not caused by an event. */
const TIMED_READ = /^GET \/1\.0\/(metrics|resources|storage-pools\/[^/?]+\/resources)(\?|$)/;

/** LXD's instances of `project` by status, as the wall's figures name them, and their total. */
async function lxdCounts(lxd, project) {
  const instances = (await lxd.get(`/1.0/instances?recursion=1&project=${encodeURIComponent(project)}`)) ?? [];
  const counts = { Running: 0, Stopped: 0, Frozen: 0, Error: 0 };
  for (const { status } of instances) counts[status] = (counts[status] ?? 0) + 1;
  return { counts, total: instances.length };
}

/**
 * "Full paint" from the DOM: every tile on the wall says `data-ready="true"` (each tile sets it
 * once all it reads has answered: no placeholder left), and the Instances tile's figures carry
 * LXD's counts. One selector, so watchFirstMatch records the moment it first holds; it is checked
 * again whenever a tile's `data-ready` or a figure's `data-count` changes.
 */
export function fullPaintWatch(expected) {
  // Several projects are shown as rows of text, not figures: readiness alone then.
  const figures = (expected ? [...Object.entries(expected.counts), ['total', expected.total]] : [])
    .map(([status, count]) => `:has([data-tile="instances"] [data-status="${status}"][data-count="${count}"])`)
    .join('');
  return { selector: `.wall:has([data-tile]):not(:has([data-tile]:not([data-ready="true"])))${figures}`, attributes: ['data-ready', 'data-count'] };
}

/** The wall has read everything and its events connection is live. */
const wallSettled = () =>
  !!document.querySelector('[data-connection="live"]') && !document.querySelector('[data-tile]:not([data-ready="true"])');

export const wallGroup = {
  id: 'wall',
  title: `Wall screen (${INSTANCE_COUNT} instances, default tiles)`,
  metrics: [
    { id: 'firstFullPaintMs', label: `first full paint, ${WALL_HASH}`, unit: 'ms', target: 1000 },
    { id: 'firstFullPaintAllMs', label: `    … ${ALL_PROJECTS_HASH} (all projects)`, unit: 'ms', target: 1000 },
    { id: 'bytesBeforeFullPaintKB', label: 'JS+CSS before full paint', unit: 'kB', digits: 1 },
    { id: 'requestsBeforeFullPaint', label: 'API requests before full paint', unit: '', digits: 0 },
    { id: 'startToShownMs', label: 'API start → wall shows the count', unit: 'ms' },
    { id: 'outsideEventRequests', label: 'outside start: API requests made by the wall', unit: '', target: 1, digits: 0 },
    { id: 'outsideEventListRequests', label: '    … of which whole lists', unit: '', target: 0, digits: 0 },
  ],
  plainFirstRow: {
    metric: { id: 'firstFullPaintPlainMs', label: '    … full paint in a plain browser (own certificate store, no proxy)', unit: 'ms' },
    step: 'full paint in a plain browser',
    where: async (env) => ({ hash: WALL_HASH, rowSelector: fullPaintWatch(await lxdCounts(env.lxd, PROJECT)), settled: wallSettled }),
  },

  notes(details) {
    const lines = [];
    details.forEach((d, i) => {
      lines.push(`run ${i + 1}: API requests before full paint: ${d.apiBeforeFullPaint.map((r) => `${r.url} ${r.startTime}→${r.responseEnd} ms`).join(', ')}`);
      lines.push(`run ${i + 1}: all API requests of the load (until the wall settled): ${d.loadRequests.length}: ${d.loadRequests.join(', ')}`);
      if (d.start.requests.length > 0) lines.push(`run ${i + 1}: API requests after the outside start: ${d.start.requests.join(', ')}`);
      if (d.start.timedReads.length > 0) lines.push(`run ${i + 1}: timed reads in that window, not counted: ${d.start.timedReads.join(', ')}`);
      if (d.problems.length > 0) lines.push(`run ${i + 1}: page reported: ${d.problems.join('; ')}`);
    });
    return lines;
  },

  async run(env) {
    const { browser, state, lxd } = env;
    const expected = await lxdCounts(lxd, PROJECT);
    const projects = (await lxd.get('/1.0/projects')) ?? [];
    const context = await newBenchContext(browser, state);
    const details = {};
    try {
      await context.addInitScript(installProbes);
      await context.addInitScript(watchFirstMatch, fullPaintWatch(expected));
      const page = await context.newPage();
      const api = trackApiRequests(page);
      const problems = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
      details.problems = problems;

      const at = await step(`full paint of ${WALL_HASH}`, async () => {
        await page.goto(`${state.url}${WALL_HASH}`, { waitUntil: 'commit' });
        try {
          await page.waitForFunction(() => typeof window.__benchFirst === 'number', null, { timeout: 30_000, polling: 50 });
        } catch (error) {
          const tiles = await page
            .evaluate(() => [...document.querySelectorAll('[data-tile]')].map((t) => `${t.dataset.tile}: ready=${t.dataset.ready}`))
            .catch(() => '?');
          throw new Error(`${error.message.split('\n')[0]}; expected ${JSON.stringify(expected)}; tiles ${JSON.stringify(tiles)}; ${problems.join('; ')}`);
        }
        return page.evaluate(() => window.__benchFirst);
      });
      const resources = await page.evaluate(scriptAndStyleResources);
      const bytesBefore = resources.filter((r) => r.responseEnd <= at).reduce((sum, r) => sum + r.encodedBodySize, 0);
      details.expected = expected;
      details.resources = resources.map((r) => ({
        url: r.url,
        bytes: r.encodedBodySize,
        startTime: round(r.startTime),
        responseEnd: round(r.responseEnd),
        beforeFullPaint: r.responseEnd <= at,
      }));
      details.apiBeforeFullPaint = (await page.evaluate(apiResources))
        .filter((entry) => entry.startTime <= at)
        .map((entry) => ({ url: entry.url, startTime: round(entry.startTime), responseEnd: round(entry.responseEnd), bytes: entry.bytes }));
      details.longTasks = (await page.evaluate(() => window.__bench.longTasks)).map((t) => ({ start: round(t.start), duration: round(t.duration) }));

      // The outside start: the wall open, live and asking nothing; LXD starts the stopped
      // instance; the wall's Running figure goes up by one.
      await step('waiting for the wall to settle', async () => {
        await page.waitForFunction(wallSettled, null, { timeout: 30_000, polling: 100 });
        // A fresh browser looks up its own certificate once (GET /1.0 marked, read from LXD's
        // log, resent every second until logged, then the certificate) and keeps the answer:
        // that belongs to the page load, not to the event.
        await page.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith('lxdeck.ownCertificate.')), null, {
          timeout: 30_000,
          polling: 100,
        });
        await withTimeout(api.quiet(), 30_000, `API requests still in flight: ${api.inflightUrls().join(', ')}`);
      });
      details.loadRequests = api.log.map((r) => `${r.method} ${r.path}`);
      const running = (status) => ({ selector: '[data-tile="instances"] [data-status="Running"]', attribute: 'data-count', status: String(status) });
      if (await page.evaluate(watchRowStatus, running(expected.counts.Running + 1))) throw new Error('the wall shows the started count before the start');
      const eventsBefore = await page.evaluate(() => window.__bench.events.length);
      const change = await step(`outside start of ${LIVE_INSTANCE}`, () =>
        outsideStateChange({
          lxd,
          api,
          name: LIVE_INSTANCE,
          action: 'start',
          shown: async () => {
            await page.waitForFunction(() => window.__bench.status.at !== null, null, { timeout: 15_000, polling: 20 });
            return page.evaluate(() => window.__bench.status.at);
          },
          // Leave the instance stopped for the next run, and let the wall see it before closing
          // (LXD 5.0.2 can spin a core for good on an aborted HTTP/2 connection).
          undo: async () => {
            await lxd.changeState(LIVE_INSTANCE, 'stop', { force: true }).catch((error) => problems.push(`stopping ${LIVE_INSTANCE}: ${error.message}`));
            await page.evaluate(watchRowStatus, running(expected.counts.Running)).catch(() => {});
            await page.waitForFunction(() => window.__bench.status.at !== null, null, { timeout: 15_000, polling: 50 }).catch(() => {});
            await withTimeout(api.quiet(), 15_000, 'API requests after the stop').catch(() => {});
          },
        }),
      );
      const started = (await page.evaluate(() => window.__bench.events))
        .slice(eventsBefore)
        .find((e) => e.action === 'instance-started' && String(e.source).endsWith(`/instances/${LIVE_INSTANCE}`));
      const caused = change.requests.filter((r) => !TIMED_READ.test(r));
      details.start = {
        lxdMs: change.doneAt - change.sentAt,
        eventMs: started ? started.at - change.sentAt : null,
        requests: caused,
        timedReads: change.requests.filter((r) => TIMED_READ.test(r)),
      };
      details.start.shownMs = change.shown - change.sentAt;
      await page.close();

      const all = await measureListFirstRow(env, {
        hash: ALL_PROJECTS_HASH,
        rowSelector: fullPaintWatch(projects.length === 1 ? expected : null),
        title: `full paint of ${ALL_PROJECTS_HASH}`,
        settled: wallSettled,
      });
      details.allProjects = all.details;

      return {
        values: {
          firstFullPaintMs: round(at),
          firstFullPaintAllMs: all.at,
          bytesBeforeFullPaintKB: round(bytesBefore / KB, 1),
          requestsBeforeFullPaint: details.apiBeforeFullPaint.length,
          startToShownMs: details.start.shownMs,
          outsideEventRequests: caused.length,
          outsideEventListRequests: caused.filter(isListRequest).length,
        },
        details: { ...details, bytesBeforeFullPaint: bytesBefore },
      };
    } finally {
      await context.close().catch(() => {});
    }
  },
};
