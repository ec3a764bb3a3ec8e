// Profile list with 300 profiles: time from navigation to the first row, in a fresh browser
// context per run. The profiles are made once in the bench sandbox and kept.
import { measureListFirstRow } from '../list-first-row.mjs';

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
    const { lxd, log } = env;
    await ensureProfiles(lxd, log);
    const { at, details } = await measureListFirstRow(env, {
      hash: LIST_HASH,
      rowSelector: 'tr[data-profile]',
      title: 'first profile row',
    });
    return { values: { firstRowMs: at }, details };
  },
};
