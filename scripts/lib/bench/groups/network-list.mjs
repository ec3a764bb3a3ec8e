// Network list with 100 managed bridges: time from navigation to the first row, and what the page
// asks LXD for. The bridges have no addresses (ipv4.address=none, ipv6.address=none), so they
// route nothing; they are made once in the bench sandbox and kept.
/* global window */
import { newBenchContext } from '../browser.mjs';
import { watchFirstMatch } from '../page-probes.mjs';
import { round, step } from '../util.mjs';

export const NETWORK_COUNT = 100;
// ≤ 15 characters: a network name is a host interface name.
const networkName = (i) => `bench-net-${String(i).padStart(3, '0')}`;
const LIST_HASH = '#/project/default/networks';

async function ensureNetworks(lxd, log) {
  const existing = new Set(((await lxd.get('/1.0/networks')) ?? []).map((url) => decodeURIComponent(url.split('/').pop())));
  const missing = Array.from({ length: NETWORK_COUNT }, (_, i) => networkName(i + 1)).filter((name) => !existing.has(name));
  if (missing.length === 0) return;
  log(`creating ${missing.length} address-less bridges...`);
  for (const name of missing) {
    await lxd.send('POST', '/1.0/networks', {
      name,
      type: 'bridge',
      description: `Bench network ${name}`,
      config: { 'ipv4.address': 'none', 'ipv6.address': 'none' },
    });
  }
}

export const networkListGroup = {
  id: 'networkList',
  title: `Network list (${NETWORK_COUNT} bridges)`,
  // The 500 containers play no part here.
  needsScenario: false,
  metrics: [
    { id: 'firstRowMs', label: 'first row attached (name, state to follow)', unit: 'ms', target: 700 },
    { id: 'firstDetailMs', label: 'first managed row with its type and description', unit: 'ms' },
    { id: 'screenReadMs', label: 'every row in view read', unit: 'ms' },
    { id: 'namesRequests', label: 'name list requests (GET /1.0/networks)', unit: '', target: 1, digits: 0 },
    { id: 'wholeListRequests', label: 'whole-list requests (?recursion=1)', unit: '', target: 0, digits: 0 },
    { id: 'rowsRendered', label: 'rows rendered (in view)', unit: '', digits: 0 },
    { id: 'stateBeyondRendered', label: 'state requests beyond rendered rows', unit: '', target: 0, digits: 0 },
    { id: 'readsBeyondRendered', label: 'network reads beyond rendered rows', unit: '', target: 0, digits: 0 },
  ],

  async run(env) {
    const { browser, state, lxd, log } = env;
    await ensureNetworks(lxd, log);
    const context = await newBenchContext(browser, state);
    try {
      // The first row's time is taken in the page when it is attached, as for every list group
      // (list-first-row.mjs), not when a poll from here sees it.
      await context.addInitScript(watchFirstMatch, 'tr[data-network]');
      const page = await context.newPage();
      const requests = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname.startsWith('/1.0/networks')) requests.push({ path: url.pathname, recursion: url.searchParams.has('recursion') });
      });
      const at = await step('first network row', async () => {
        await page.goto(`${state.url}${LIST_HASH}`, { waitUntil: 'commit' });
        await page.locator('tr[data-network]').first().waitFor({ state: 'attached', timeout: 30_000 });
        // Navigation start is 0 on the page's own clock.
        return page.evaluate(() => window.__benchFirst);
      });
      const detailAt = await step('first managed row read', async () => {
        await page
          .locator('.network-group-managed tr[data-network]')
          .filter({ hasNot: page.locator('[aria-label="Loading"]') })
          .first()
          .waitFor({ state: 'attached', timeout: 30_000 });
        return page.evaluate(() => performance.now());
      });
      // Every rendered row has read its state (no "Loading state" left).
      await step('states of the rows in view', () => page.locator('[aria-label="Loading state"]').first().waitFor({ state: 'detached', timeout: 30_000 }));
      // And its network: LXD 5.0 reads them one after another (about 1.5 s each here). Waiting
      // also keeps this run's reads from holding up the next run's list.
      const screenAt = await step('networks of the rows in view', async () => {
        await page.locator('[aria-label="Loading"]').first().waitFor({ state: 'detached', timeout: 120_000 });
        return page.evaluate(() => performance.now());
      });
      const rowsRendered = await page.locator('tr[data-network]').count();
      const namesRequests = requests.filter((r) => r.path === '/1.0/networks' && !r.recursion).length;
      const wholeListRequests = requests.filter((r) => r.path === '/1.0/networks' && r.recursion).length;
      const stateRequests = requests.filter((r) => r.path.endsWith('/state')).length;
      const reads = requests.filter((r) => /^\/1\.0\/networks\/[^/]+$/.test(r.path)).length;
      return {
        values: {
          firstRowMs: round(at),
          firstDetailMs: round(detailAt),
          screenReadMs: round(screenAt),
          namesRequests,
          wholeListRequests,
          rowsRendered,
          stateBeyondRendered: Math.max(0, stateRequests - rowsRendered),
          readsBeyondRendered: Math.max(0, reads - rowsRendered),
        },
        details: { requests: requests.length, stateRequests, reads },
      };
    } finally {
      await context.close();
    }
  },
};
