// The benchmark's fixed scenario in the "bench" sandbox: 500 containers bench-001..bench-500
// from the local busybox image, the first 5 running (so the first screen has running rows,
// whose state the list fetches), plus a stopped "benchlive-1" that the start-latency
// measurement starts and stops. Only what is missing is created, so later runs skip seeding.
import { api } from '../sandbox.mjs';

export const INSTANCE_COUNT = 500;
export const RUNNING_COUNT = 5;
export const LIVE_INSTANCE = 'benchlive-1';
const CONCURRENCY = 6;

export const benchName = (i) => `bench-${String(i).padStart(3, '0')}`;
const BENCH_NAME = /^bench-\d{3}$/;

/** Runs `task` over `items` with at most `limit` in flight; rejects on the first failure. */
async function pool(items, limit, task) {
  let next = 0;
  let failed = null;
  const worker = async () => {
    while (next < items.length && !failed) {
      const item = items[next++];
      try {
        await task(item);
      } catch (error) {
        failed ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failed) throw failed;
}

async function listInstances(sandbox) {
  return /** @type {{name: string, status: string}[]} */ (await api(sandbox, 'GET', '/1.0/instances?recursion=1'));
}

function createInstance(sandbox, name) {
  return api(sandbox, 'POST', '/1.0/instances', {
    name,
    type: 'container',
    source: { type: 'image', alias: 'busybox' },
  });
}

function setState(sandbox, name, action) {
  return api(sandbox, 'PUT', `/1.0/instances/${name}/state`, { action, force: action === 'stop', timeout: 30 });
}

/**
 * Brings the sandbox to the scenario; returns what it did and how long it took.
 * @param {string} sandbox sandbox name
 * @param {(msg: string) => void} log
 */
export async function ensureScenario(sandbox, log) {
  const started = Date.now();
  const existing = new Map((await listInstances(sandbox)).map((i) => [i.name, i.status]));
  const wanted = Array.from({ length: INSTANCE_COUNT }, (_, i) => benchName(i + 1));
  const missing = [...wanted, LIVE_INSTANCE].filter((name) => !existing.has(name));

  if (missing.length > 0) {
    log(`creating ${missing.length} containers (${CONCURRENCY} at a time)...`);
    let done = 0;
    await pool(missing, CONCURRENCY, async (name) => {
      try {
        await createInstance(sandbox, name);
      } catch (error) {
        throw new Error(`Seeding: creating ${name} failed: ${error.message}`);
      }
      done += 1;
      if (done % 50 === 0 || done === missing.length) {
        log(`  ${done}/${missing.length} created (${((Date.now() - started) / 1000).toFixed(1)}s)`);
      }
      existing.set(name, 'Stopped');
    });
  }
  const createdSeconds = (Date.now() - started) / 1000;

  const shouldRun = new Set(wanted.slice(0, RUNNING_COUNT));
  const toStart = [...shouldRun].filter((name) => existing.get(name) !== 'Running');
  // Anything else left running (by hand, or by an interrupted run) would change the scenario.
  const toStop = [...existing]
    .filter(([name, status]) => (BENCH_NAME.test(name) || name === LIVE_INSTANCE) && !shouldRun.has(name) && status !== 'Stopped')
    .map(([name]) => name);
  await pool(toStart, CONCURRENCY, (name) =>
    setState(sandbox, name, 'start').catch((error) => {
      throw new Error(`Seeding: starting ${name} failed: ${error.message}`);
    }),
  );
  await pool(toStop, CONCURRENCY, (name) =>
    setState(sandbox, name, 'stop').catch((error) => {
      throw new Error(`Seeding: stopping ${name} failed: ${error.message}`);
    }),
  );

  const final = await listInstances(sandbox);
  const benchCount = final.filter((i) => BENCH_NAME.test(i.name)).length;
  const running = final.filter((i) => i.status === 'Running').map((i) => i.name);
  if (benchCount !== INSTANCE_COUNT) {
    throw new Error(`Seeding: expected ${INSTANCE_COUNT} bench-NNN instances, found ${benchCount}`);
  }
  return {
    created: missing.length,
    createSeconds: createdSeconds,
    started: toStart.length,
    stopped: toStop.length,
    seconds: (Date.now() - started) / 1000,
    // Every instance of the project is on the list the app loads, extras included.
    projectInstances: final.length,
    running,
  };
}
