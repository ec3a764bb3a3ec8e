// Soak: many events through the instance list's real event path, with the JS heap after a
// forced GC before and after. Real LXD events come from start / snapshot / stop loops over the
// bench containers (a few at a time); the rest are recorded LXD 5.0 events replayed at high
// speed through the events stream's own `receive` (the function its socket's `onmessage`
// calls), which only benchmark builds expose (src/realtime/benchReplay.ts).
/* global window, document */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT } from '../../sandbox.mjs';
import { launchPlainChromium } from '../cdp.mjs';
import { INSTANCE_COUNT, RUNNING_COUNT, benchName } from '../seed.mjs';
import { round, step } from '../util.mjs';

const LIST_HASH = '#/project/default/instances';
const MB = 1000 * 1000;
const FIXTURE = path.join(ROOT, 'src', 'realtime', '__fixtures__', 'lifecycle-events.json');
/** The recorded steps one replayed cycle is made of, in order; the container ends as it began (stopped). */
const REPLAY_STEPS = [
  'instance start',
  'instance update',
  'instance exec',
  'instance snapshot create',
  'instance snapshot delete',
  'instance restart',
  'instance stop',
];
const REPLAY_BATCH = 500;
/** Pause between replayed batches: lets the page render and its batched reads (100 ms) go out. */
const REPLAY_PAUSE_MS = 100;
/** Heap figures are taken every this many events, for the trend in the details. */
const SAMPLE_EVERY = 10_000;

/** Containers the loops and the replay use: every bench container that the scenario keeps stopped. */
const cycleNames = () => Array.from({ length: INSTANCE_COUNT - RUNNING_COUNT }, (_, i) => benchName(RUNNING_COUNT + 1 + i));

export const soakGroup = {
  id: 'soak',
  title: 'Soak: events through the instance list',
  singleRun: true,
  benchHooks: true,
  /** The whole run may take as long as the real part plus the replay and the checks. */
  budgetMs: (options) => options.soakMinutes * 60_000 + 20 * 60_000,
  metrics: [
    { id: 'events', label: 'events through the page', unit: '', digits: 0 },
    { id: 'realEvents', label: '    … real LXD events', unit: '', digits: 0 },
    { id: 'replayedEvents', label: '    … replayed at high speed', unit: '', digits: 0 },
    { id: 'realMinutes', label: '    … minutes of real events', unit: 'min', digits: 1 },
    { id: 'realCycles', label: '    … start/snapshot/delete/stop cycles', unit: '', digits: 0 },
    { id: 'replayMinutes', label: '    … minutes of replay', unit: 'min', digits: 1 },
    { id: 'heapStartMB', label: 'JS heap after GC, start', unit: 'MB', digits: 2 },
    { id: 'heapEndMB', label: 'JS heap after GC, end', unit: 'MB', digits: 2 },
    { id: 'heapGrowthMB', label: 'heap growth', unit: 'MB', target: 5, digits: 2 },
    { id: 'heapGrowthPer100kMB', label: '    … per 100,000 events (from this run, linear)', unit: 'MB', digits: 2 },
    { id: 'domNodesGrowth', label: 'DOM nodes, end − start', unit: '', digits: 0 },
    { id: 'statusMismatches', label: 'rows on screen whose status differs from LXD at the end', unit: '', target: 0, digits: 0 },
  ],

  notes(details) {
    return details.flatMap((d, i) => [
      `run ${i + 1}: heap after GC every ${SAMPLE_EVERY} events (MB): ${d.samples.map((s) => `${s.events}:${s.heapMB}`).join(' ')}`,
      ...(d.loopErrors.length > 0 ? [`run ${i + 1}: real loop errors (${d.loopErrors.length}): ${d.loopErrors.slice(0, 3).join('; ')}`] : []),
      ...(d.problems.length > 0 ? [`run ${i + 1}: page reported: ${d.problems.slice(0, 5).join('; ')}`] : []),
    ]);
  },

  async run(env) {
    const { state, lxd, log, options } = env;
    const wantedEvents = options.soakEvents;
    const realMs = options.soakMinutes * 60_000;
    const names = cycleNames();
    const browser = await step('launching Chromium', () => launchPlainChromium(state, env.browserDir));
    const { page } = browser;
    const details = { problems: page.problems, samples: [], loopErrors: [] };
    try {
      await step('opening the instance list', async () => {
        await page.goto(`${state.url}${LIST_HASH}`);
        const expectedRows = (await lxd.get('/1.0/instances')).length + 1; // + the header row
        await page.waitFor(
          (rows) => document.querySelector(`table[aria-rowcount="${rows}"] tr[data-instance]`) && document.querySelector('[data-connection="live"]'),
          expectedRows,
          60_000,
          'the whole list and a live events socket',
        );
        await page.waitFor(() => typeof window.__lxdeckBenchEvents?.replay === 'function', null, 10_000, 'the replay hook (a benchmark build)');
      });
      const delivered = () => page.evaluate(() => window.__lxdeckBenchEvents.delivered());
      const heap = async () => {
        await sleep(1500); // batched reads (100 ms) and their renders finish
        await page.send('HeapProfiler.collectGarbage');
        await page.send('HeapProfiler.collectGarbage');
        const { usedSize } = await page.send('Runtime.getHeapUsage');
        const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
        return { heapMB: round(usedSize / MB, 2), nodes };
      };
      const replay = makeReplay(names);

      // Warm-up: one cycle of each kind, so code loaded or compiled on first use is in the baseline.
      await step('warm-up', async () => {
        await realCycle(lxd, names[0], `soak-warm-${Date.now()}`);
        await sendReplay(page, replay, 2 * REPLAY_STEPS.length * 20);
      });
      const start = { ...(await heap()), delivered: await delivered() };
      details.samples.push({ events: 0, heapMB: start.heapMB });
      log(`soak: heap after GC at start ${start.heapMB} MB (${start.nodes} DOM nodes)`);

      let nextSample = SAMPLE_EVERY;
      const sampleIfDue = async (through) => {
        if (through < nextSample) return;
        nextSample = (Math.floor(through / SAMPLE_EVERY) + 1) * SAMPLE_EVERY;
        const { heapMB } = await heap();
        details.samples.push({ events: through, heapMB });
        log(`soak: ${through} events, heap after GC ${heapMB} MB`);
      };

      // Real events: a few loops, each cycling through the containers in turn.
      const realStarted = Date.now();
      const real = await step('real events', () =>
        realLoops(lxd, names, {
          loops: options.soakLoops,
          until: realStarted + realMs,
          errors: details.loopErrors,
          progress: async () => sampleIfDue((await delivered()) - start.delivered),
        }),
      );
      await sleep(2000); // the last events of the last cycle
      const afterReal = await delivered();
      const realEvents = afterReal - start.delivered;
      const realMinutes = (Date.now() - realStarted) / 60_000;
      log(`soak: ${realEvents} real events in ${realMinutes.toFixed(1)} min (${real.cycles} cycles)`);

      // Replay the rest at high speed.
      const replayStarted = Date.now();
      let replayed = 0;
      await step('replaying recorded events', async () => {
        while (realEvents + replayed < wantedEvents) {
          replayed += await sendReplay(page, replay, Math.min(REPLAY_BATCH, wantedEvents - realEvents - replayed));
          await sleep(REPLAY_PAUSE_MS);
          await sampleIfDue(realEvents + replayed);
        }
      });
      const replayMinutes = (Date.now() - replayStarted) / 60_000;

      const end = { ...(await heap()), delivered: await delivered() };
      const events = end.delivered - start.delivered;
      details.samples.push({ events, heapMB: end.heapMB });
      const mismatches = await step('comparing statuses with LXD', () => statusMismatches(page, lxd));
      details.mismatches = mismatches;
      details.start = start;
      details.end = end;
      const growth = end.heapMB - start.heapMB;
      return {
        values: {
          events,
          realEvents,
          replayedEvents: events - realEvents,
          realMinutes: round(realMinutes, 1),
          realCycles: real.cycles,
          replayMinutes: round(replayMinutes, 1),
          heapStartMB: start.heapMB,
          heapEndMB: end.heapMB,
          heapGrowthMB: round(growth, 2),
          heapGrowthPer100kMB: events > 0 ? round((growth * 100_000) / events, 2) : null,
          domNodesGrowth: end.nodes - start.nodes,
          statusMismatches: mismatches.length,
        },
        details,
      };
    } finally {
      await browser.close();
    }
  },
};

/** Start, snapshot, delete the snapshot, stop: about 20 events, each step waited for. */
async function realCycle(lxd, name, snapshot) {
  const wait = async (envelope) => envelope.type === 'async' && lxd.waitOperation(envelope.operation, 60);
  await lxd.changeState(name, 'start');
  await wait(await lxd.send('POST', `/1.0/instances/${name}/snapshots`, { name: snapshot }));
  await wait(await lxd.send('DELETE', `/1.0/instances/${name}/snapshots/${snapshot}`));
  await lxd.changeState(name, 'stop', { force: true });
}

async function realLoops(lxd, names, { loops, until, errors, progress }) {
  let next = 1; // names[0] was the warm-up's
  let cycles = 0;
  const loop = async () => {
    while (Date.now() < until) {
      const name = names[next++ % names.length];
      try {
        await realCycle(lxd, name, `soak-${Date.now()}-${cycles}`);
        cycles += 1;
      } catch (error) {
        errors.push(`${name}: ${error.message}`);
        // Leave it stopped whatever happened, so the scenario stays as seeded.
        await lxd.changeState(name, 'stop', { force: true }).catch(() => {});
        if (errors.length > 50) throw new Error(`too many failed cycles; last: ${error.message}`);
      }
    }
  };
  const sampler = (async () => {
    while (Date.now() < until) {
      await sleep(5000);
      await progress();
    }
  })();
  await Promise.all([...Array.from({ length: loops }, loop), sampler]);
  return { cycles };
}

/**
 * Recorded LXD 5.0 messages of one cycle on `ev-c1`, as templates: each replayed cycle names
 * another bench container, a snapshot of its own, fresh operation ids and the current time, so
 * the page sees what a new cycle would send (nothing is collapsed into earlier entries).
 */
function makeReplay(names) {
  const recorded = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  const templates = REPLAY_STEPS.flatMap((stepName) => {
    const found = recorded.find((s) => s.step === stepName);
    if (!found) throw new Error(`no recorded step "${stepName}" in ${FIXTURE}`);
    return found.events.map((event) => JSON.stringify(event));
  });
  const operationIds = [...new Set(templates.flatMap((t) => [...t.matchAll(/"id":"([0-9a-f-]{36})"/g)].map((m) => m[1])))];
  let cycle = 0;
  let queue = [];
  return {
    perCycle: templates.length,
    take(count) {
      const out = [];
      while (out.length < count) {
        if (queue.length === 0) {
          const name = names[(cycle * 7) % names.length]; // spread over the list, on screen and off
          const snapshot = `soak-r${cycle}`;
          const ids = new Map(operationIds.map((id) => [id, randomUUID()]));
          const now = new Date().toISOString().replace('Z', '000000Z');
          queue = templates.map((t) =>
            t
              .replace(/ev-c1/g, name)
              .replace(/snap[01]/g, snapshot)
              .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => ids.get(id) ?? id)
              .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z/g, now),
          );
          cycle += 1;
        }
        out.push(...queue.splice(0, count - out.length));
      }
      return out;
    },
  };
}

/** Sends `count` replayed messages into the page in one task; returns how many it took. */
function sendReplay(page, replay, count) {
  return page.evaluate((messages) => window.__lxdeckBenchEvents.replay(messages), replay.take(count));
}

/** Rows on screen whose status badge differs from what LXD says now. */
async function statusMismatches(page, lxd) {
  const deadline = Date.now() + 15_000;
  let wrong = [];
  do {
    await sleep(500);
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('tr[data-instance]')].map((row) => [row.dataset.instance, row.querySelector('[data-status]')?.dataset.status ?? null]),
    );
    const actual = new Map((await lxd.get('/1.0/instances?recursion=1')).map((i) => [i.name, i.status]));
    wrong = shown.filter(([name, status]) => actual.get(name) !== status).map(([name, status]) => `${name}: shows ${status}, LXD ${actual.get(name)}`);
  } while (wrong.length > 0 && Date.now() < deadline);
  return wrong;
}
