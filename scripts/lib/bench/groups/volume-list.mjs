// Volume list with 500 custom volumes in one pool (the pool page's Volumes tab): time from
// navigation to the first row (its name) and to the first row with its volume's details, and what
// the page asks LXD for: the names once, never the whole list (`?recursion=1`, minutes beside 500
// instances on LXD 5.0), and volumes and states only for the rows rendered. A fresh browser context
// per run. The pool and its volumes are made once in the bench sandbox and kept.
/* global window */
import { newBenchContext } from '../browser.mjs';
import { watchFirstMatch } from '../page-probes.mjs';
import { round, step } from '../util.mjs';

export const VOLUME_COUNT = 500;
export const VOLUME_POOL = 'bench-vols';
const volumeName = (i) => `bench-vol-${String(i).padStart(3, '0')}`;
const LIST_HASH = `#/project/default/storage/pool/${VOLUME_POOL}/volumes`;
const CONCURRENCY = 6;
const POOL_PATH = `/1.0/storage-pools/${VOLUME_POOL}`;
const VOLUMES_PATH = `${POOL_PATH}/volumes`;
/** `/1.0/storage-pools/bench-vols/volumes/custom/bench-vol-001`: one volume read. */
const VOLUME_READ = new RegExp(`^${VOLUMES_PATH}/[^/]+/[^/]+$`);
/** How long after the first row's details the page may still ask for rows in view (it must not ask beyond them). */
const SETTLE_MS = 2000;

async function ensureVolumes(lxd, log) {
  const pools = new Set(((await lxd.get('/1.0/storage-pools')) ?? []).map((url) => decodeURIComponent(url.split('/').pop())));
  if (!pools.has(VOLUME_POOL)) await lxd.send('POST', '/1.0/storage-pools', { name: VOLUME_POOL, driver: 'dir', config: {} });
  const existing = new Set(
    ((await lxd.get(`/1.0/storage-pools/${VOLUME_POOL}/volumes/custom`)) ?? []).map((url) => decodeURIComponent(url.split('/').pop().split('?')[0])),
  );
  const missing = Array.from({ length: VOLUME_COUNT }, (_, i) => volumeName(i + 1)).filter((name) => !existing.has(name));
  if (missing.length === 0) return;
  log(`creating ${missing.length} custom volumes in ${VOLUME_POOL}...`);
  let next = 0;
  const worker = async () => {
    while (next < missing.length) {
      const name = missing[next++];
      const answer = await lxd.send('POST', `/1.0/storage-pools/${VOLUME_POOL}/volumes/custom`, {
        name,
        description: `Bench volume ${name}`,
        config: { size: '64MiB' },
      });
      if (answer?.type === 'async') await lxd.waitOperation(answer.operation ?? answer.metadata?.id);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

export const volumeListGroup = {
  id: 'volumeList',
  title: `Volume list (${VOLUME_COUNT} custom volumes in one pool)`,
  metrics: [
    { id: 'firstRowMs', label: 'first row attached (name, details to follow)', unit: 'ms', target: 700 },
    { id: 'firstDetailMs', label: 'first row with its volume (size, used by …)', unit: 'ms' },
    { id: 'namesRequests', label: 'volume name list requests (GET .../volumes)', unit: '', target: 1, digits: 0 },
    { id: 'wholeListRequests', label: 'whole-list requests (.../volumes?recursion=1)', unit: '', target: 0, digits: 0 },
    { id: 'rowsRendered', label: 'rows rendered (in view)', unit: '', digits: 0 },
    { id: 'readsBeyondRendered', label: 'volume reads beyond rendered rows', unit: '', target: 0, digits: 0 },
    { id: 'stateBeyondRendered', label: 'volume states beyond rendered rows', unit: '', target: 0, digits: 0 },
  ],
  // The volumes are their own scenario; the 500 containers are not needed.
  needsScenario: false,

  async run(env) {
    const { browser, state, lxd, log } = env;
    await ensureVolumes(lxd, log);
    const context = await newBenchContext(browser, state);
    try {
      // The first row's time is taken in the page when it is attached, as for every list group
      // (list-first-row.mjs), not when a poll from here sees it.
      await context.addInitScript(watchFirstMatch, 'tr[data-volume]');
      const page = await context.newPage();
      const requests = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname.startsWith('/1.0/storage-pools')) requests.push({ path: url.pathname, recursion: url.searchParams.has('recursion') });
      });
      const at = await step('first volume row', async () => {
        await page.goto(`${state.url}${LIST_HASH}`, { waitUntil: 'commit' });
        await page.locator('tr[data-volume]').first().waitFor({ state: 'attached', timeout: 30_000 });
        // Navigation start is 0 on the page's own clock.
        return page.evaluate(() => window.__benchFirst);
      });
      // A row whose cells no longer say "Loading" (`…`): its volume has been read.
      const detailAt = await step('first row with its volume', async () => {
        await page
          .locator('tr[data-volume]')
          .filter({ hasNot: page.locator('[aria-label="Loading"]') })
          .first()
          .waitFor({ state: 'attached', timeout: 60_000 });
        return page.evaluate(() => performance.now());
      });
      // Every rendered row has read its used size (quick: `.../state` does not wait for the volumes).
      await step('used sizes of the rows in view', () => page.locator('[aria-label="Loading used size"]').first().waitFor({ state: 'detached', timeout: 30_000 }));
      // Rows still reading keep asking, two at a time; none beyond the rendered rows may ask.
      await page.waitForTimeout(SETTLE_MS);
      const rowsRendered = await page.locator('tr[data-volume]').count();
      const namesRequests = requests.filter((r) => r.path === VOLUMES_PATH && !r.recursion).length;
      const wholeListRequests = requests.filter((r) => r.path === VOLUMES_PATH && r.recursion).length;
      const stateRequests = requests.filter((r) => r.path.startsWith(`${VOLUMES_PATH}/`) && r.path.endsWith('/state')).length;
      const reads = requests.filter((r) => VOLUME_READ.test(r.path)).length;
      return {
        values: {
          firstRowMs: round(at),
          firstDetailMs: round(detailAt),
          namesRequests,
          wholeListRequests,
          rowsRendered,
          readsBeyondRendered: Math.max(0, reads - rowsRendered),
          stateBeyondRendered: Math.max(0, stateRequests - rowsRendered),
        },
        details: {
          requests: requests.length,
          stateRequests,
          reads,
          // The pool's own read (the page header) and the whole pool list: each computes the pool's users.
          poolReads: requests.filter((r) => r.path === POOL_PATH).length,
          poolListRequests: requests.filter((r) => r.path === '/1.0/storage-pools' && r.recursion).length,
        },
      };
    } finally {
      await context.close();
    }
  },
};
