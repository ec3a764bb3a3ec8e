// The first row of a list page, measured the same way for every list group.
/* global window */
import { newBenchContext } from './browser.mjs';
import { apiResources, watchFirstMatch } from './page-probes.mjs';
import { round, step } from './util.mjs';

/**
 * Opens `hash` in a fresh browser context and returns ms from navigation start until the first
 * `rowSelector` is attached, with the API waterfall up to then. It then waits until the page shows
 * the whole list (the list toolbar's count, which a preview does not show) before closing: LXD 5.0 answers a slow list in
 * one database transaction that holds up every other request, so a run that closed early would
 * leave the next run waiting for this one's list.
 */
export async function measureListFirstRow({ browser, state }, { hash, rowSelector, title }) {
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
    await page.locator('.toolbar-count').waitFor({ timeout: 60_000 });
    return { at: round(at), details: { api: api.map((entry) => ({ ...entry, startTime: round(entry.startTime), responseEnd: round(entry.responseEnd) })) } };
  } finally {
    await context.close();
  }
}
