#!/usr/bin/env node
// npm run bench [-- --keep --runs N --idle-seconds S --port P --trace]
// Builds the app, brings up the "bench" sandbox with 500 containers (seeded once, kept between
// runs), measures the dashboard in Debian's Chromium (median of N runs, a fresh browser context
// each), prints a table and writes bench/results.json. Stops the sandbox unless --keep.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/bench/browser.mjs';
import { cpuWindow } from './lib/bench/cpu.mjs';
import { catalogueGroup, catalogueServerPort } from './lib/bench/groups/catalogue.mjs';
import { imageListGroup } from './lib/bench/groups/image-list.mjs';
import { instanceListGroup } from './lib/bench/groups/instance-list.mjs';
import { kioskGroup } from './lib/bench/groups/kiosk.mjs';
import { networkListGroup } from './lib/bench/groups/network-list.mjs';
import { profileListGroup } from './lib/bench/groups/profile-list.mjs';
import { soakGroup } from './lib/bench/groups/soak.mjs';
import { terminalGroup } from './lib/bench/groups/terminal.mjs';
import { volumeListGroup } from './lib/bench/groups/volume-list.mjs';
import { wallGroup } from './lib/bench/groups/wall.mjs';
import { LxdHttps } from './lib/bench/lxd-https.mjs';
import { withPlainFirstRow } from './lib/bench/list-first-row.mjs';
import { renderTable, summariseGroup, writeResults } from './lib/bench/report.mjs';
import { ensureScenario } from './lib/bench/seed.mjs';
import { step, withTimeout } from './lib/bench/util.mjs';
import { ROOT, daemonPid, sandboxDown, sandboxUp, stopDaemon } from './lib/sandbox.mjs';
import { SetupError, ensureSystemPackages } from './lib/system.mjs';

const NAME = 'bench';
const DEFAULT_PORT = 18643;
const RESULTS_FILE = path.join(ROOT, 'bench', 'results.json');
const TRACE_DIR = path.join(ROOT, 'test-results', 'bench');

/**
 * Each group measures one area and adds its own section to the table and the JSON:
 * { id, title, metrics: [{ id, label, unit, target?, goal?: 'max'|'min', digits? }],
 *   run(env, runIndex) => Promise<{ values: {[metricId]: number|null}, details: object }>,
 *   notes?(details[]) => string[] }   // lines printed under the table
 * `env` carries the browser, the sandbox state, an HTTPS LXD client, the seeded scenario and
 * lxdPid() (the daemon's pid, for CPU figures) and the sandbox's name (for `lxc`).
 * @type {Array<typeof instanceListGroup>}
 */
const GROUPS = [instanceListGroup, profileListGroup, imageListGroup, networkListGroup, volumeListGroup, terminalGroup, catalogueGroup, wallGroup].map(withPlainFirstRow);
/** Groups run only when asked for by --group: the soak takes minutes, the kiosk writes a Chromium policy under /etc (as root). */
const ON_REQUEST = [soakGroup, kioskGroup];

const USAGE = `Usage: npm run bench [-- options]

  --runs N          runs per group; the median is reported (default 3)
  --idle-seconds S  length of the idle window for counting API requests (default 30)
  --port P          HTTPS port of the bench sandbox on 127.0.0.1 (default ${DEFAULT_PORT})
  --group ID        only this group (${[...GROUPS, ...ON_REQUEST].map((g) => g.id).join(', ')}); repeatable;
                    ${ON_REQUEST.map((g) => g.id).join(', ')} run only when named
  --soak-minutes M  soak: minutes of real LXD events (start/snapshot/stop loops; default 5)
  --soak-events N   soak: events through the page in all; replayed events make up the rest (default 100000)
  --soak-loops L    soak: containers cycled at the same time (default 3)
  --trace           save a Playwright trace of each group's first run under test-results/bench/
  --keep            leave the bench sandbox running afterwards`;

function options() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      'idle-seconds': { type: 'string', default: '30' },
      'soak-minutes': { type: 'string', default: '5' },
      'soak-events': { type: 'string', default: '100000' },
      'soak-loops': { type: 'string', default: '3' },
      port: { type: 'string', default: String(DEFAULT_PORT) },
      group: { type: 'string', multiple: true },
      trace: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const int = (flag, min, max) => {
    const n = Number(values[flag]);
    if (!Number.isInteger(n) || n < min || n > max) throw new SetupError(`Invalid --${flag} ${values[flag]}: use ${min}-${max}.`);
    return n;
  };
  const known = [...GROUPS, ...ON_REQUEST];
  const groups = values.group ? known.filter((g) => values.group.includes(g.id)) : GROUPS;
  if (values.group && groups.length !== values.group.length) {
    throw new SetupError(`Unknown --group; known: ${known.map((g) => g.id).join(', ')}`);
  }
  return {
    help: values.help,
    runs: int('runs', 1, 20),
    idleSeconds: int('idle-seconds', 1, 600),
    soakMinutes: int('soak-minutes', 0, 24 * 60),
    soakEvents: int('soak-events', 0, 10_000_000),
    soakLoops: int('soak-loops', 1, 20),
    port: int('port', 1024, 65535),
    trace: values.trace,
    keep: values.keep,
    groups,
  };
}

const log = (msg) => console.log(`[bench] ${msg}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

function build(port, benchHooks) {
  log('building the dashboard (vite build)...');
  // The catalogue group's loopback image server joins connect-src, as in the e2e build.
  const imageServers = [process.env.LXDECK_IMAGE_SERVERS, `https://127.0.0.1:${catalogueServerPort(port)}`].filter(Boolean).join(',');
  // LXDECK_BENCH=1 builds in the soak group's event replay hook (src/realtime/benchReplay.ts);
  // only when a group needs it, so the other groups measure the build users get.
  const env = { ...process.env, LXDECK_IMAGE_SERVERS: imageServers, ...(benchHooks ? { LXDECK_BENCH: '1' } : {}) };
  const res = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit', timeout: 300_000, env });
  if (res.status !== 0) throw new SetupError(`vite build failed (${res.error?.message ?? `exit ${res.status ?? res.signal}`}).`);
  // What the build produced, so bytes measured in the page can be traced to files.
  const assets = path.join(ROOT, 'dist', 'assets');
  return readdirSync(assets)
    .map((file) => ({ file: `assets/${file}`, bytes: statSync(path.join(assets, file)).size }))
    .sort((a, b) => b.bytes - a.bytes);
}

/** % of a core the daemon uses over one deliberate second of doing nothing. */
async function lxdBusy(pid) {
  if (!pid) return null;
  const end = cpuWindow(pid);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  return end().processCorePct;
}

async function main() {
  const opts = options();
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  ensureSystemPackages({ chromium: true });
  const startedAt = new Date();
  const assets = build(opts.port, opts.groups.some((group) => group.benchHooks));

  let browser = null;
  let lxd = null;
  let cleaned = null;
  const cleanup = () => (cleaned ??= stopEverything());
  const stopEverything = async () => {
    await browser?.close().catch(() => {});
    lxd?.close();
    if (opts.keep) {
      log(`keeping sandbox "${NAME}" running (stop it with: node scripts/sandbox.mjs down --name ${NAME})`);
    } else {
      await sandboxDown({ name: NAME, quiet: true });
      log(`sandbox "${NAME}" stopped (data kept for the next run)`);
    }
  };
  process.once('SIGINT', () => {
    log('interrupted; stopping');
    void cleanup().finally(() => process.exit(130));
  });

  try {
    let t = Date.now();
    const up = () =>
      sandboxUp({ name: NAME, port: opts.port }).catch((error) => {
        if (error instanceof SetupError && error.message.includes('already in use')) {
          throw new SetupError(`${error.message.split('\n')[0]}\nChoose another port: npm run bench -- --port <port>`);
        }
        throw error;
      });
    let state = await step('starting the bench sandbox', up);
    // A daemon kept from an earlier run may be spinning (see the instance list's notes); a
    // fresh one is cheap and makes runs comparable.
    const busy = await lxdBusy(daemonPid(NAME));
    if (busy !== null && busy > 20) {
      log(`the running LXD daemon is busy while idle (${busy.toFixed(0)}% of a core); restarting it`);
      await step('restarting the bench sandbox', () => stopDaemon(NAME));
      state = await step('starting the bench sandbox', up);
    }
    const upMs = Date.now() - t;
    log(`sandbox "${NAME}" up at ${state.url} in ${seconds(upMs)}`);

    t = Date.now();
    // Groups that need no containers (the catalogue) run without seeding the 500.
    const needsScenario = opts.groups.some((group) => group.needsScenario !== false);
    const scenario = needsScenario
      ? await step('seeding', () => ensureScenario(NAME, log))
      : { created: 0, projectInstances: 0, running: [], started: 0, stopped: 0, seconds: 0, createSeconds: 0 };
    log(
      scenario.created > 0
        ? `seeded: created ${scenario.created} containers in ${seconds(scenario.createSeconds * 1000)}; scenario ready in ${seconds(scenario.seconds * 1000)}`
        : `seeding skipped: all ${scenario.projectInstances} instances present` +
            (scenario.started || scenario.stopped ? ` (started ${scenario.started}, stopped ${scenario.stopped} in ${seconds(scenario.seconds * 1000)})` : ''),
    );

    lxd = new LxdHttps(state);
    const server = await step('reading GET /1.0', () => lxd.get('/1.0'));
    browser = await step('launching Chromium', () => launchBrowser());
    mkdirSync(TRACE_DIR, { recursive: true });

    const summaries = [];
    const daemonRestarts = [];
    const loadBefore = os.loadavg();
    for (const group of opts.groups) {
      const runs = [];
      const details = [];
      const runCount = group.singleRun ? 1 : opts.runs;
      for (let run = 0; run < runCount; run++) {
        // A run that ended with the browser dropping its connections may have left LXD 5.0.2
        // spinning a core (canonical/lxd#18727): that is LXD's time, not the page's; start afresh.
        const spinning = await lxdBusy(daemonPid(NAME));
        if (spinning !== null && spinning > 20) {
          log(`before ${group.id} run ${run + 1}: the LXD daemon uses ${spinning.toFixed(0)}% of a core while idle; restarting it`);
          await step('restarting the bench sandbox', () => stopDaemon(NAME));
          state = await step('starting the bench sandbox', up);
          lxd.close();
          lxd = new LxdHttps(state);
          daemonRestarts.push(`${group.id} run ${run + 1}`);
        }
        const env = {
          browser,
          state,
          lxd,
          scenario,
          log,
          options: {
            idleSeconds: opts.idleSeconds,
            trace: opts.trace,
            soakMinutes: opts.soakMinutes,
            soakEvents: opts.soakEvents,
            soakLoops: opts.soakLoops,
          },
          traceFile: path.join(TRACE_DIR, `trace-${group.id}-run1.zip`),
          lxdPid: () => daemonPid(NAME),
          sandbox: NAME,
          browserDir: path.join(ROOT, '.sandbox', NAME, 'browser'),
        };
        const budget = group.budgetMs?.(opts) ?? 180_000 + opts.idleSeconds * 1000;
        const result = await step(`${group.title}, run ${run + 1}`, () =>
          withTimeout(group.run(env, run), budget, 'the whole run'),
        );
        runs.push(result.values);
        details.push(result.details);
        log(`${group.id} run ${run + 1}: ${Object.entries(result.values).map(([k, v]) => `${k}=${v}`).join(' ')}`);
      }
      summaries.push(summariseGroup(group, runs, details));
    }

    const table = renderTable(summaries, opts.groups);
    console.log(`\n${table}\n`);
    for (const group of opts.groups) {
      const notes = group.notes?.(summaries.find((s) => s.id === group.id).details) ?? [];
      for (const note of notes) console.log(note);
    }
    if (daemonRestarts.length > 0) console.log(`LXD daemon restarted (found spinning while idle) before: ${daemonRestarts.join(', ')}`);
    const checked = summaries.flatMap((g) => g.metrics).filter((m) => m.pass !== null);
    const runs = opts.groups.every((group) => group.singleRun) ? 1 : opts.runs;
    console.log(`${checked.filter((m) => m.pass).length} of ${checked.length} targets met (median of ${runs} run${runs === 1 ? '' : 's'}; kB/MB are 1000-based)`);

    writeResults(RESULTS_FILE, {
      date: startedAt.toISOString(),
      lxd: { version: server.environment?.server_version ?? null, apiExtensions: server.api_extensions?.length ?? null },
      instanceCount: scenario.projectInstances,
      runningCount: scenario.running.length,
      runs: opts.runs,
      idleSeconds: opts.idleSeconds,
      units: { kB: 1000, MB: 1000 * 1000, bytesSource: 'Resource Timing encodedBodySize (LXD serves files uncompressed)' },
      environment: {
        chromium: browser.version(),
        node: process.version,
        cpus: os.cpus().length,
        loadavgBefore: loadBefore.map((x) => Number(x.toFixed(2))),
        loadavgAfter: os.loadavg().map((x) => Number(x.toFixed(2))),
      },
      sandbox: { url: state.url, upSeconds: Number((upMs / 1000).toFixed(1)), daemonRestarts },
      seeding: { ...scenario, running: undefined },
      build: { assets },
      groups: summaries,
    });
    log(`results written to ${path.relative(ROOT, RESULTS_FILE)}`);
    return 0;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof SetupError ? error.message : `bench failed: ${error.message}`);
    if (!(error instanceof SetupError) && error.cause?.stack) console.error(error.cause.stack);
    process.exit(1);
  },
);
