// Instance list with 500 instances: time to the first row, bytes before it, start latency
// as seen in the list, idle API traffic and JS heap. One fresh browser context per run.
/* global window, document, location */
import { setTimeout as sleep } from 'node:timers/promises';
import { isListRequest, outsideStateChange, trackApiRequests } from '../api-requests.mjs';
import { newBenchContext } from '../browser.mjs';
import { cpuWindow } from '../cpu.mjs';
import { apiResources, installProbes, navigationSummary, scriptAndStyleResources, watchRowStatus } from '../page-probes.mjs';
import { INSTANCE_COUNT, LIVE_INSTANCE, RUNNING_COUNT } from '../seed.mjs';
import { round, step, withTimeout } from '../util.mjs';

const LIST_HASH = '#/project/default/instances';
const KB = 1000; // decimal, as `vite build` reports sizes
const MB = 1000 * 1000;

export const instanceListGroup = {
  id: 'instanceList',
  title: `Instance list (${INSTANCE_COUNT} instances, ${RUNNING_COUNT} running)`,
  metrics: [
    { id: 'firstRowMs', label: '(a) first row attached', unit: 'ms', target: 700 },
    { id: 'firstRowPaintedMs', label: '    … painted (frame after it)', unit: 'ms' },
    { id: 'firstRowElementTimingMs', label: '    … painted (Element Timing)', unit: 'ms' },
    { id: 'bytesBeforeFirstRowKB', label: '(b) JS+CSS before first row', unit: 'kB', target: 400, digits: 1 },
    { id: 'startToRunningMs', label: '(c) API start → row "Running"', unit: 'ms', target: 500 },
    { id: 'startLxdMs', label: '    … LXD: PUT + operation done', unit: 'ms' },
    { id: 'startEventMs', label: '    … lifecycle event in page', unit: 'ms' },
    { id: 'startAppMs', label: '    … row update after event', unit: 'ms' },
    { id: 'startRequests', label: '    … outside start: API requests made by the page', unit: '', target: 1, digits: 0 },
    { id: 'startListRequests', label: '        … of which lists', unit: '', target: 0, digits: 0 },
    { id: 'idleRequests', label: '(d) API requests in idle window', unit: '', target: 0, digits: 0 },
    { id: 'heapMB', label: '(e) JS heap after load (GC)', unit: 'MB', target: 30, digits: 1 },
    { id: 'idleLxdCpuPct', label: 'LXD daemon CPU in idle window', unit: '% core', digits: 0 },
    { id: 'idleMachineCpuPct', label: 'machine CPU busy in idle window', unit: '%', digits: 0 },
  ],

  /** What the table cannot show: idle requests by name, and anything the page complained about. */
  notes(details) {
    const lines = [];
    details.forEach((d, i) => {
      if (d.start?.requests?.length > 0) lines.push(`run ${i + 1}: API requests after the outside start: ${d.start.requests.join(', ')}`);
      if (d.idleRequests.length > 0) lines.push(`run ${i + 1}: API requests while idle: ${d.idleRequests.join(', ')}`);
      if (d.problems.length > 0) lines.push(`run ${i + 1}: page reported: ${d.problems.join('; ')}`);
      if (d.idleCpu.lxdCorePct > 20) {
        lines.push(
          `run ${i + 1}: the LXD daemon used ${d.idleCpu.lxdCorePct.toFixed(0)}% of a core while nothing happened, so timings are skewed. ` +
            'LXD 5.0.2 spins a goroutine for good when an HTTP/2 client drops a connection oddly ' +
            '(canonical/lxd#18727); restart it: node scripts/sandbox.mjs down --name bench',
        );
      }
    });
    const busy = details.filter((d) => d.idleCpu.machineBusyPct > 25).length;
    if (busy > 0) {
      lines.push(`${busy} of ${details.length} runs saw the machine over 25% busy while the page was idle: other work was running, timings are inflated.`);
    }
    return lines;
  },

  /**
   * @param {object} env {browser, state, lxd, scenario, options: {idleSeconds, trace}, log, traceFile}
   * @param {number} run 0-based run index
   */
  async run(env, run) {
    const { browser, state, lxd, options, log } = env;
    const context = await newBenchContext(browser, state);
    const details = {};
    try {
      if (options.trace && run === 0) await context.tracing.start({ screenshots: true, snapshots: true });
      await context.addInitScript(installProbes);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');

      const api = trackApiRequests(page);
      const problems = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
      details.problems = problems;

      // (a) first row, measured in the page against navigation start.
      const firstRow = await step('(a) first instance row', async () => {
        await page.goto(`${state.url}${LIST_HASH}`, { waitUntil: 'commit' });
        try {
          await page.waitForFunction(() => window.__bench?.firstRow?.paintedAt != null, null, { timeout: 30_000, polling: 50 });
        } catch (error) {
          const text = await page.evaluate(() => document.body?.innerText.slice(0, 300)).catch(() => '?');
          throw new Error(`${error.message.split('\n')[0]}; page shows: ${JSON.stringify(text)}; ${problems.join('; ')}`);
        }
        // Element Timing arrives with the paint's presentation time, shortly after; bounded wait.
        await page
          .waitForFunction(() => window.__bench.firstRow.elementTiming !== null, null, { timeout: 2_000, polling: 50 })
          .catch(() => {});
        return page.evaluate(() => window.__bench.firstRow);
      });
      if (!firstRow.inView) throw new Error(`(a) first instance row ${firstRow.name} is not within the viewport`);
      details.firstRow = { ...firstRow, at: round(firstRow.at), paintedAt: round(firstRow.paintedAt), elementTiming: round(firstRow.elementTiming) };

      // "Loaded": events socket live, the running rows' addresses fetched, the once-per-load
      // lookup of this browser's certificate (for its expiry notice) done, no API request in
      // flight. The lookup waits for LXD's request log between its two reads, so "no request in
      // flight" alone can come in that gap and count its second read as idle traffic.
      await step('waiting for the list to settle', async () => {
        await page.locator('[data-connection="live"]').first().waitFor({ timeout: 15_000 });
        await page.waitForFunction(() => !document.querySelector('[aria-label="Loading address"]'), null, { timeout: 15_000 });
        await page.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith('lxdeck.ownCertificate.')), null, { timeout: 15_000 });
        await withTimeout(api.quiet(), 15_000, `API requests still in flight: ${api.inflightUrls().join(', ')}`);
      });
      details.loadRequests = api.log.map((r) => `${r.method} ${r.path} ${r.status ?? ''}`.trim());

      // (b) script and stylesheet bytes that had arrived by the time the first row was attached.
      const resources = await page.evaluate(scriptAndStyleResources);
      const before = resources.filter((r) => r.responseEnd <= firstRow.at);
      const bytesBefore = before.reduce((sum, r) => sum + r.encodedBodySize, 0);
      details.resources = resources.map((r) => ({
        url: r.url,
        kind: r.kind,
        bytes: r.encodedBodySize,
        transferSize: r.transferSize,
        startTime: round(r.startTime),
        responseEnd: round(r.responseEnd),
        beforeFirstRow: r.responseEnd <= firstRow.at,
      }));
      details.navigation = roundAll(await page.evaluate(navigationSummary));
      details.apiTiming = (await page.evaluate(apiResources)).map(roundAll);
      details.longTasks = (await page.evaluate(() => window.__bench.longTasks)).map(roundAll);
      details.performanceMetrics = Object.fromEntries(
        (await cdp.send('Performance.getMetrics')).metrics
          .filter((m) => /Duration$|^JSHeap|^Nodes$|^LayoutCount$|^RecalcStyleCount$/.test(m.name))
          .map((m) => [m.name, round(m.value, 3)]),
      );

      // (e) heap of the loaded list after a full collection.
      const heap = await step('(e) heap', async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        return cdp.send('Runtime.getHeapUsage');
      });
      details.heap = { usedSize: heap.usedSize, totalSize: heap.totalSize };

      // (d) a deliberate idle window: nothing happens on the server, so the app should ask nothing.
      log(`  run ${run + 1}: idle ${options.idleSeconds}s, counting API requests...`);
      const idleFrom = api.log.length;
      const endCpuWindow = cpuWindow(env.lxdPid());
      await sleep(options.idleSeconds * 1000);
      const idleCpu = endCpuWindow();
      const idle = api.log.slice(idleFrom);
      details.idleRequests = idle.map((r) => `${r.method} ${r.path}`);
      details.idleCpu = { lxdCorePct: round(idleCpu.processCorePct), machineBusyPct: round(idleCpu.machineBusyPct) };

      // (c) start an instance from outside the app and wait for its row to say so.
      const start = await step(`(c) start ${LIVE_INSTANCE}`, () => measureStart(page, lxd, problems, api));
      details.start = start;

      if (options.trace && run === 0) {
        await context.tracing.stop({ path: env.traceFile });
        log(`  trace of run 1: ${env.traceFile}`);
      }
      // Let the refetches after the stop finish before the browser drops its connections:
      // LXD 5.0.2 can spin a core for good on an aborted HTTP/2 connection (see notes()).
      await withTimeout(api.quiet(), 15_000, 'API requests after the stop').catch(() => {});
      await page.close();
      return {
        values: {
          firstRowMs: round(firstRow.at),
          firstRowPaintedMs: round(firstRow.paintedAt),
          firstRowElementTimingMs: round(firstRow.elementTiming),
          bytesBeforeFirstRowKB: round(bytesBefore / KB, 1),
          startToRunningMs: start.rowAt - start.sentAt,
          startLxdMs: start.doneAt - start.sentAt,
          startEventMs: start.eventAt === null ? null : start.eventAt - start.sentAt,
          startAppMs: start.eventAt === null ? null : start.rowAt - start.eventAt,
          startRequests: start.requests.length,
          startListRequests: start.requests.filter(isListRequest).length,
          idleRequests: idle.length,
          heapMB: round(heap.usedSize / MB, 1),
          idleLxdCpuPct: round(idleCpu.processCorePct),
          idleMachineCpuPct: round(idleCpu.machineBusyPct),
        },
        details: { ...details, bytesBeforeFirstRow: bytesBefore },
      };
    } finally {
      await context.close().catch(() => {});
    }
  },
};

const roundAll = (object) =>
  object && Object.fromEntries(Object.entries(object).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v]));

async function measureStart(page, lxd, problems, api) {
  const name = LIVE_INSTANCE;
  // Same document, new hash: the events socket stays open, as for a user filtering the list.
  await page.evaluate((hash) => (location.hash = hash), `${LIST_HASH}?q=${encodeURIComponent(name)}`);
  const row = page.locator(`tr[data-instance="${name}"]`);
  await row.getByText('Stopped', { exact: true }).waitFor({ timeout: 15_000 });
  await page.locator('[data-connection="live"]').first().waitFor({ timeout: 15_000 });
  if (await page.evaluate(watchRowStatus, { name, status: 'Running' })) {
    throw new Error(`${name} already shows Running before it was started`);
  }
  const eventsBefore = await page.evaluate(() => window.__bench.events.length);

  let change;
  try {
    change = await outsideStateChange({
      lxd,
      api,
      name,
      action: 'start',
      shown: async () => {
        await page.waitForFunction(() => window.__bench.status.at !== null, null, { timeout: 15_000, polling: 20 });
      },
      // Leave the instance stopped for the next run, whatever happened.
      undo: () => lxd.changeState(name, 'stop', { force: true }).catch((error) => problems.push(`stopping ${name}: ${error.message}`)),
    });
  } catch (error) {
    const shown = await row.innerText().catch(() => '(row not found)');
    throw new Error(`row never said Running (${error.message.split('\n')[0]}); row shows ${JSON.stringify(shown)}; ${problems.join('; ')}`);
  }
  const { status, events } = await page.evaluate(() => ({ status: window.__bench.status, events: window.__bench.events }));
  const started = events
    .slice(eventsBefore)
    .find((e) => e.action === 'instance-started' && String(e.source).endsWith(`/instances/${name}`));
  return {
    sentAt: change.sentAt,
    acceptedAt: change.acceptedAt,
    doneAt: change.doneAt,
    eventAt: started?.at ?? null,
    rowAt: status.at,
    rowPaintedAt: status.paintedAt,
    requests: change.requests,
  };
}
