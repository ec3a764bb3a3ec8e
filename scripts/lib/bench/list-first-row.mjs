// The first row of a list page, measured the same way for every list group.
/* global window, document */
import path from 'node:path';
import { newBenchContext } from './browser.mjs';
import { launchPlainChromium } from './cdp.mjs';
import { apiResources, watchFirstMatch } from './page-probes.mjs';
import { round, step } from './util.mjs';

/**
 * Opens `hash` in a fresh browser context and returns ms from navigation start until the first
 * `rowSelector` is attached (a selector, or `{ selector, attributes }` as watchFirstMatch takes),
 * with the API waterfall up to then. It then waits until the page shows
 * the whole list (the list toolbar's count, which a preview does not show; or `settled`) before closing: LXD 5.0 answers a slow list in
 * one database transaction that holds up every other request, so a run that closed early would
 * leave the next run waiting for this one's list.
 */
export async function measureListFirstRow({ browser, state }, { hash, rowSelector, title, settled = listRead }) {
  const context = await newBenchContext(browser, state);
  try {
    await context.addInitScript(watchFirstMatch, rowSelector);
    const page = await context.newPage();
    const at = await step(title, async () => {
      await page.goto(`${state.url}${hash}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => typeof window.__benchFirst === 'number', null, { timeout: 30_000, polling: 50 });
      return page.evaluate(() => window.__benchFirst);
    });
    const api = (await page.evaluate(apiResources)).filter((entry) => entry.startTime <= at);
    await page.waitForFunction(settled, null, { timeout: 60_000, polling: 100 });
    return { at: round(at), details: { api: api.map((entry) => ({ ...entry, startTime: round(entry.startTime), responseEnd: round(entry.responseEnd) })) } };
  } finally {
    await context.close();
  }
}

/**
 * The same first row in Chromium as a user runs it: a fresh profile whose own certificate store
 * holds the client certificate (see cdp.mjs), driven over a bare DevTools pipe. Playwright's
 * `clientCertificates` sends every connection through a TLS proxy inside Node.js, which costs each
 * wave of requests a few hundred ms on a 2-core machine; this run pays nothing for being watched.
 * Waits for `settled` (the list fully read) before closing, so the next run starts on a quiet LXD.
 */
export async function measurePlainFirstRow(env, { hash, rowSelector, settled, settleTimeoutMs = 60_000 }) {
  const { page, close } = await launchPlainChromium(env.state, path.join(env.browserDir, 'plain-first-row'));
  try {
    await page.send('Page.addScriptToEvaluateOnNewDocument', { source: `(${watchFirstMatch})(${JSON.stringify(rowSelector)})` });
    page.goto(`${env.state.url}${hash}`).catch(() => {});
    await page.waitFor(() => typeof window.__benchFirst === 'number', null, 30_000, `the first ${rowSelector.selector ?? rowSelector}`);
    const at = await page.evaluate(() => window.__benchFirst);
    await page.waitFor(settled, rowSelector, settleTimeoutMs, 'the list to be read');
    return round(at);
  } finally {
    await close();
  }
}

/**
 * The same first row on a return visit: one browser context loads `hash` three times (each load
 * waits for the list to be read, so no request is cut off) and the third is measured, as an admin
 * who opens the dashboard again sees it: the files from the HTTP cache, their code from V8's
 * code cache (Chromium keeps compiled code for a script from its second load on). The first, cold
 * load is `measureListFirstRow`'s figure.
 */
export async function measureReturnVisitFirstRow({ browser, state }, { hash, rowSelector, settled = listRead, settleTimeoutMs = 60_000 }) {
  const context = await newBenchContext(browser, state);
  try {
    await context.addInitScript(watchFirstMatch, rowSelector);
    const page = await context.newPage();
    let at = 0;
    for (let visit = 1; visit <= 3; visit++) {
      await page.goto(`${state.url}${hash}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => typeof window.__benchFirst === 'number', null, { timeout: 30_000, polling: 50 });
      at = await page.evaluate(() => window.__benchFirst);
      await page.waitForFunction(settled, rowSelector, { timeout: settleTimeoutMs, polling: 100 });
      // The rows' own reads (state, addresses) end before the page goes.
      await page.waitForLoadState('networkidle');
      await page.goto('about:blank');
    }
    return round(at);
  } finally {
    await context.close();
  }
}

// Run in the page with the row selector as their argument.
const listRead = () => !!document.querySelector('.toolbar-count');
const rowsRead = (selector) => !!document.querySelector(selector) && !document.querySelector('[aria-label="Loading"]');

/** Where each list group's plain-browser first row is measured, and when its list counts as read. */
const PLAIN_FIRST_ROW = {
  instanceList: { hash: '#/project/default/instances', rowSelector: 'tr[data-instance]', settled: listRead, returnVisit: true },
  profileList: { hash: '#/project/default/profiles', rowSelector: 'tr[data-profile]', settled: listRead, returnVisit: true },
  imageList: { hash: '#/project/default/images', rowSelector: 'tr[data-image]', settled: listRead, returnVisit: true },
  // Networks and volumes are read row by row (about 1.5 s each on LXD 5.0 beside 500 instances).
  networkList: { hash: '#/project/default/networks', rowSelector: 'tr[data-network]', settled: rowsRead, settleTimeoutMs: 150_000 },
  volumeList: {
    hash: '#/project/default/storage/pool/bench-vols/volumes',
    rowSelector: 'tr[data-volume]',
    settled: rowsRead,
    settleTimeoutMs: 150_000,
  },
};

/**
 * A list group that also measures its first row in a plain browser (`firstRowPlainMs`), after its own run.
 * A group can say what to measure itself: `plainFirstRow: { metric: { id, label, ... }, step, where(env) }`,
 * where() resolving to measurePlainFirstRow's options.
 */
export function withPlainFirstRow(group) {
  const plain = group.plainFirstRow ?? (PLAIN_FIRST_ROW[group.id] && { where: () => PLAIN_FIRST_ROW[group.id] });
  if (!plain) return group;
  const metric = plain.metric ?? { id: 'firstRowPlainMs', label: '… first row in a plain browser (own certificate store, no proxy)', unit: 'ms' };
  const returnVisit = PLAIN_FIRST_ROW[group.id]?.returnVisit
    ? { id: 'firstRowReturnMs', label: '… first row on a return visit (third load, HTTP and code cache warm)', unit: 'ms' }
    : undefined;
  return {
    ...group,
    metrics: [...group.metrics, metric, ...(returnVisit ? [returnVisit] : [])],
    async run(env, run) {
      const result = await group.run(env, run);
      const at = await step(plain.step ?? 'first row in a plain browser', async () => measurePlainFirstRow(env, await plain.where(env)));
      const values = { ...result.values, [metric.id]: at };
      if (returnVisit) {
        values[returnVisit.id] = await step('first row on a return visit', () => measureReturnVisitFirstRow(env, PLAIN_FIRST_ROW[group.id]));
      }
      return { ...result, values };
    },
  };
}
