// Volume list with 500 custom volumes in one pool: time from navigation to the first row, and how
// many volume states (used size) the page reads: only rows on screen should ask. A fresh browser
// context per run. The pool and its volumes are made once in the bench sandbox and kept.
import { newBenchContext } from '../browser.mjs';
import { round, step } from '../util.mjs';

export const VOLUME_COUNT = 500;
export const VOLUME_POOL = 'bench-vols';
const volumeName = (i) => `bench-vol-${String(i).padStart(3, '0')}`;
const LIST_HASH = `#/project/default/storage/pool/${VOLUME_POOL}/volumes`;
const CONCURRENCY = 6;
/** How long after the first row the page may still be reading states for the rows in view. */
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
    { id: 'firstRowMs', label: 'first row attached', unit: 'ms', target: 700 },
    { id: 'stateRequests', label: 'volume states read (rows on screen only)', unit: '', target: 60, digits: 0 },
  ],
  // The volumes are their own scenario; the 500 containers are not needed.
  needsScenario: false,

  async run(env) {
    const { browser, state, lxd, log } = env;
    await ensureVolumes(lxd, log);
    const context = await newBenchContext(browser, state);
    try {
      const page = await context.newPage();
      const stateUrls = [];
      page.on('request', (request) => {
        if (/\/1\.0\/storage-pools\/[^/]+\/volumes\/[^/]+\/[^/?]+\/state/.test(request.url())) stateUrls.push(request.url());
      });
      const at = await step('first volume row', async () => {
        await page.goto(`${state.url}${LIST_HASH}`, { waitUntil: 'commit' });
        await page.locator('tr[data-volume]').first().waitFor({ state: 'attached', timeout: 30_000 });
        // Navigation start is 0 on the page's own clock; the row was there at most one poll before.
        return page.evaluate(() => performance.now());
      });
      await page.waitForTimeout(SETTLE_MS);
      const rendered = await page.locator('tr[data-volume]').count();
      return { values: { firstRowMs: round(at), stateRequests: stateUrls.length }, details: { renderedRows: rendered } };
    } finally {
      await context.close();
    }
  },
};
