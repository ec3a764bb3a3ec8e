// Profile list with 300 profiles: time from navigation to the first row, in a fresh browser
// context per run. The profiles are made once in the bench sandbox and kept.
import { newBenchContext } from '../browser.mjs';
import { round, step } from '../util.mjs';

export const PROFILE_COUNT = 300;
const profileName = (i) => `bench-prof-${String(i).padStart(3, '0')}`;
const LIST_HASH = '#/project/default/profiles';

async function ensureProfiles(lxd, log) {
  const existing = new Set(((await lxd.get('/1.0/profiles')) ?? []).map((url) => decodeURIComponent(url.split('/').pop())));
  const missing = Array.from({ length: PROFILE_COUNT }, (_, i) => profileName(i + 1)).filter((name) => !existing.has(name));
  if (missing.length === 0) return;
  log(`creating ${missing.length} profiles...`);
  for (const name of missing) {
    await lxd.send('POST', '/1.0/profiles', {
      name,
      description: `Bench profile ${name}`,
      config: { 'limits.cpu': '1', 'limits.memory': '256MiB' },
      devices: { root: { type: 'disk', path: '/', pool: 'default' } },
    });
  }
}

export const profileListGroup = {
  id: 'profileList',
  title: `Profile list (${PROFILE_COUNT} profiles)`,
  metrics: [{ id: 'firstRowMs', label: 'first row attached', unit: 'ms', target: 700 }],

  async run(env) {
    const { browser, state, lxd, log } = env;
    await ensureProfiles(lxd, log);
    const context = await newBenchContext(browser, state);
    try {
      const page = await context.newPage();
      const at = await step('first profile row', async () => {
        await page.goto(`${state.url}${LIST_HASH}`, { waitUntil: 'commit' });
        await page.locator('tr[data-profile]').first().waitFor({ state: 'attached', timeout: 30_000 });
        // Navigation start is 0 on the page's own clock; the row was there at most one poll before.
        return page.evaluate(() => performance.now());
      });
      return { values: { firstRowMs: round(at) }, details: {} };
    } finally {
      await context.close();
    }
  },
};
