// Terminal tab against a running container: output throughput of `seq 1 300000` (about 2 MB)
// with a check that no line was lost, and keystroke-to-echo latency. One fresh browser per run, driven without Playwright (see ../cdp.mjs).
/* global window, document, location, MutationObserver */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { ROOT } from '../../sandbox.mjs';
import { launchPlainChromium } from '../cdp.mjs';
import { round, step } from '../util.mjs';

const LINES = 300_000;
const ECHO_SAMPLES = 20;
const MB = 1000 * 1000;
/** The bare terminal page (../reference), built into dist/ so that LXD serves it under /ui/. */
const REFERENCE_PATH = 'bench-reference/';
let referenceBuild = null;

function buildReferencePage() {
  referenceBuild ??= build({
    configFile: false,
    root: fileURLToPath(new URL('../reference', import.meta.url)),
    base: `/ui/${REFERENCE_PATH}`,
    logLevel: 'warn',
    build: { outDir: path.join(ROOT, 'dist', REFERENCE_PATH), emptyOutDir: true, target: 'es2022' },
  });
  return referenceBuild;
}

export const terminalGroup = {
  id: 'terminal',
  title: 'Terminal (busybox sh in a running container)',
  metrics: [
    { id: 'seqMs', label: `(a) seq 1 ${LINES}: Enter → last line on screen`, unit: 'ms' },
    { id: 'seqMBps', label: '    … throughput', unit: 'MB/s', target: 5, goal: 'min', digits: 1 },
    { id: 'seqMB', label: '    … bytes received', unit: 'MB', digits: 2 },
    { id: 'seqLastByteMs', label: '    … Enter → last byte received', unit: 'ms' },
    { id: 'lxdOnlyMBps', label: '    … same exec read by the page, no terminal', unit: 'MB/s', digits: 1 },
    { id: 'cliMBps', label: "    … same exec read by LXD's own client", unit: 'MB/s', digits: 1 },
    { id: 'ptyMBps', label: '    … same seq into a pty on the host, no LXD', unit: 'MB/s', digits: 1 },
    { id: 'pipedMs', label: `    … seq 1 ${LINES} | cat (larger writes)`, unit: 'ms' },
    { id: 'pipedMBps', label: '    … its throughput', unit: 'MB/s', digits: 1 },
    { id: 'pipedLxdOnlyMBps', label: '    … same exec read by the page, no terminal', unit: 'MB/s', digits: 1 },
    { id: 'seqLinesLost', label: '    … lines missing or out of order', unit: '', target: 0, digits: 0 },
    { id: 'echoMs', label: `(b) keystroke → echo on screen (median of ${ECHO_SAMPLES})`, unit: 'ms', target: 20 },
    { id: 'echoP90Ms', label: '    … 90th percentile', unit: 'ms' },
    { id: 'idleAnimations', label: '    … animations running in the idle terminal', unit: '', target: 0, digits: 0 },
    { id: 'referenceEchoMs', label: "    … same keys in a bare xterm page (lxd-ui's data path)", unit: 'ms' },
  ],

  notes(details) {
    const lines = [];
    details.forEach((d, i) => {
      if (d.problems.length > 0) lines.push(`run ${i + 1}: page reported: ${d.problems.join('; ')}`);
      for (const key of ['seq', 'piped']) {
        if (d[key].firstBad) lines.push(`run ${i + 1}: ${key}: first line out of sequence: ${JSON.stringify(d[key].firstBad)}`);
      }
    });
    return lines;
  },

  async run(env) {
    const { state, scenario } = env;
    const instance = scenario.running[0];
    if (!instance) throw new Error('the bench scenario has no running container');
    await step('building the bare terminal page', buildReferencePage);
    const ceilings = await step('the same output without the browser', () => machineCeilings(state, instance));
    const browser = await step('launching Chromium', () => launchPlainChromium(state, env.browserDir));
    try {
      const { page } = browser;
      // Records every binary frame the page receives on exec sockets, as the app receives it.
      await page.addInitScript(tapExecSockets);
      await step('opening the terminal', async () => {
        await page.goto(`${state.url}#/project/default/instance/${instance}/terminal`);
        await page.waitFor(() => document.querySelector('.terminal-frame')?.dataset.streamState === 'open', null, 30_000, 'Connected');
        await page.waitFor(() => document.querySelector('.xterm-rows')?.textContent.includes('#'), null, 10_000, 'the prompt');
        await page.evaluate(() => document.querySelector('.xterm-helper-textarea').focus());
      });

      let idleAnimations = null;
      const seq = await step(`(a) seq 1 ${LINES}`, () => measureOutput(page, `seq 1 ${LINES}`, 1));
      const piped = await step(`(a) seq 1 ${LINES} | cat`, () => measureOutput(page, `seq 1 ${LINES} | cat`, 2));

      const echo = await step('(b) keystroke echo', async () => {
        // A running animation keeps the page drawing frames, which delays every echo.
        idleAnimations = await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
        return measureEcho(page);
      });

      const lxdOnly = await step('(a) the same output without the terminal', () =>
        page.evaluate(lxdOnlyThroughput, [['seq', '1', String(LINES)], instance]),
      );
      const pipedLxdOnly = await step('(a) the piped output without the terminal', () =>
        page.evaluate(lxdOnlyThroughput, [['sh', '-c', `seq 1 ${LINES} | cat`], instance]),
      );
      const referenceEcho = await step('(b) keystroke echo in a bare xterm page', async () => {
        await page.goto(`${state.url}${REFERENCE_PATH}?instance=${encodeURIComponent(instance)}`);
        await page.waitFor(() => document.body.dataset.state === 'open', null, 30_000, 'the bare page to connect');
        await page.waitFor(() => document.querySelector('.xterm-rows')?.textContent.includes('#'), null, 10_000, 'the prompt');
        await page.evaluate(() => document.querySelector('.xterm-helper-textarea').focus());
        return measureEcho(page);
      });
      const median = (samples) => round([...samples].sort((a, b) => a - b)[Math.floor((samples.length - 1) / 2)] ?? null);
      const sorted = [...echo].sort((a, b) => a - b);
      const seqMs = seq.end - seq.start;
      const mbps = (bytes, ms) => round(bytes / MB / (ms / 1000), 2);
      return {
        values: {
          seqMs: round(seqMs),
          seqMBps: mbps(seq.bytes, seqMs),
          seqMB: round(seq.bytes / MB, 2),
          seqLastByteMs: round(seq.lastByteAt - seq.start),
          lxdOnlyMBps: mbps(lxdOnly.bytes, lxdOnly.ms),
          pipedLxdOnlyMBps: mbps(pipedLxdOnly.bytes, pipedLxdOnly.ms),
          cliMBps: mbps(ceilings.cli.bytes, ceilings.cli.ms),
          ptyMBps: mbps(ceilings.pty.bytes, ceilings.pty.ms),
          pipedMs: round(piped.end - piped.start),
          pipedMBps: mbps(piped.bytes, piped.end - piped.start),
          seqLinesLost: LINES - seq.inOrder + (LINES - piped.inOrder),
          echoMs: median(echo),
          echoP90Ms: round(sorted[Math.ceil(sorted.length * 0.9) - 1] ?? null),
          idleAnimations,
          referenceEchoMs: median(referenceEcho),
        },
        details: {
          instance,
          chromium: browser.version,
          problems: page.problems,
          seq: { ...seq, start: round(seq.start), end: round(seq.end), lastByteAt: round(seq.lastByteAt) },
          piped: { ...piped, start: round(piped.start), end: round(piped.end), lastByteAt: round(piped.lastByteAt) },
          lxdOnly,
          pipedLxdOnly,
          ceilings,
          echo: echo.map((v) => round(v)),
          referenceEcho: referenceEcho.map((v) => round(v)),
        },
      };
    } finally {
      await browser.close();
    }
  },
};

/** Types ECHO_SAMPLES keys into the focused terminal at a shell prompt; ms from keydown to echo. */
async function measureEcho(page) {
  await page.evaluate(armEchoProbe);
  // A comment line, so nothing runs; every sample makes it one letter longer.
  let typed = ': echo-probe-';
  await page.type(typed);
  const samples = [];
  for (let i = 0; i < ECHO_SAMPLES; i++) {
    const key = 'abcdefghijklmnopqrstuvwxyz'[i % 26];
    typed += key;
    await page.evaluate((expected) => window.__termBench.expectEcho(expected), typed);
    await page.press(key);
    // Awaits the page's own promise: polling on animation frames would keep the page drawing,
    // and a pending frame makes Chromium hold back the echo's websocket message after each
    // keystroke (see src/features/terminal/terminalOptions.ts).
    samples.push(await page.evaluate(() => window.__termBench.echo.seen));
  }
  await page.press('Control+C');
  return samples;
}

/** Runs `command` in the shell and times Enter → its last line drawn; checks every line arrived. */
async function measureOutput(page, command, run) {
  const marker = `out-${run}-$((40+2))-done`;
  await page.press('Control+L');
  await page.type(`${command}; echo ${marker}`);
  await page.evaluate(armSeqProbe, `out-${run}-42-done`);
  await page.press('Enter');
  await page.waitFor(() => window.__termBench.seqEnd !== null, null, 120_000, 'the last line');
  return page.evaluate(checkSeq, LINES);
}

/**
 * What this machine allows without a browser: the same `seq` written line by line into a pty
 * read by `script` on the host (the kernel's share alone), and read through LXD by its own
 * client (`lxc exec -t` over the unix socket; the time includes starting the exec, ~50 ms).
 */
async function machineCeilings(state, instance) {
  const pty = await timedOutput('script', ['-qc', `busybox seq 1 ${LINES}`, '/dev/null'], {});
  const cli = await timedOutput('lxc', ['exec', instance, '-t', '--', 'seq', '1', String(LINES)], { LXD_DIR: state.lxdDir });
  return { pty, cli };
}

function timedOutput(command, args, env) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    // stdin stays open: `lxc exec -t` hangs up the command when its input ends.
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let bytes = 0;
    let stderr = '';
    child.stdout.on('data', (chunk) => (bytes += chunk.length));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      child.stdin.destroy();
      if (code !== 0) reject(new Error(`${command} exited with ${code}: ${stderr.trim()}`));
      else resolve({ bytes, ms: round(ms) });
    });
  });
}

/**
 * The ceiling LXD sets: the same interactive exec (with a pty) read by the same page, without
 * the terminal. LXD forwards each read of the pty as a frame: hundreds of bytes on average for
 * `seq`, which writes line by line, a few kB for `| cat`.
 */
async function lxdOnlyThroughput([command, instance]) {
  const res = await fetch(`/1.0/instances/${encodeURIComponent(instance)}/exec`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      command,
      interactive: true,
      'wait-for-websocket': true,
      environment: { TERM: 'xterm-256color' },
      width: 120,
      height: 40,
    }),
  });
  const { id, metadata } = (await res.json()).metadata;
  const url = (secret) => `wss://${location.host}/1.0/operations/${id}/websocket?secret=${secret}`;
  const control = new WebSocket(url(metadata.fds.control));
  const data = new WebSocket(url(metadata.fds['0']));
  data.binaryType = 'arraybuffer';
  const result = await new Promise((resolve, reject) => {
    let bytes = 0;
    let frames = 0;
    let start = 0;
    data.onopen = () => (start = performance.now());
    data.onmessage = (event) => {
      if (typeof event.data !== 'string') {
        bytes += event.data.byteLength;
        frames += 1;
        return;
      }
      resolve({ bytes, frames, ms: performance.now() - start });
    };
    data.onerror = () => reject(new Error('exec socket failed'));
    setTimeout(() => reject(new Error('no end of output within 60 s')), 60_000);
  });
  data.close();
  control.close();
  await fetch(`/1.0/operations/${id}/wait?timeout=30`);
  return result;
}

/** Init script: keeps the bytes of exec data sockets while recording is on. */
function tapExecSockets() {
  const Native = window.WebSocket;
  const bench = {
    recording: false,
    chunks: [],
    bytes: 0,
    seqStart: null,
    seqEnd: null,
    echo: { pending: null, t0: 0, seen: null },
  };
  window.__termBench = bench;
  window.WebSocket = class extends Native {
    constructor(url, protocols) {
      super(url, protocols);
      if (!String(url).includes('/websocket?secret=')) return;
      this.addEventListener('message', (event) => {
        if (!bench.recording || typeof event.data === 'string') return;
        bench.chunks.push(new Uint8Array(event.data));
        bench.bytes += event.data.byteLength;
        bench.lastByteAt = performance.now();
      });
    }
  };
}

/** Starts recording at the Enter keydown and stops when `marker` is drawn in the terminal. */
function armSeqProbe(marker) {
  const bench = window.__termBench;
  bench.seqStart = null;
  bench.seqEnd = null;
  const rows = document.querySelector('.xterm-rows');
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Enter') return;
      bench.chunks = [];
      bench.bytes = 0;
      bench.recording = true;
      bench.seqStart = event.timeStamp;
    },
    { capture: true, once: true },
  );
  const observer = new MutationObserver(() => {
    // The echoed command line holds "$((40+2))", so only the output can contain the marker.
    if (bench.seqStart !== null && rows.textContent.includes(marker)) {
      bench.seqEnd = performance.now();
      bench.recording = false;
      observer.disconnect();
    }
  });
  observer.observe(rows, { childList: true, subtree: true, characterData: true });
}

/** The numbers in the received output must be 1..lines, each once, in order; and on screen the last. */
function checkSeq(lines) {
  const bench = window.__termBench;
  const text = new TextDecoder().decode(concat(bench.chunks));
  let expected = 1;
  let firstBad = null;
  for (const line of text.split('\r\n')) {
    if (!/^\d+$/.test(line)) continue;
    if (Number(line) === expected) expected++;
    else if (!firstBad) firstBad = { expected, got: line };
  }
  const screen = document.querySelector('.xterm-rows').textContent;
  return {
    start: bench.seqStart,
    end: bench.seqEnd,
    lastByteAt: bench.lastByteAt,
    bytes: bench.bytes,
    frames: bench.chunks.length,
    inOrder: expected - 1,
    firstBad,
    lastLineOnScreen: screen.includes(String(lines)),
  };

  function concat(chunks) {
    const all = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    let offset = 0;
    for (const chunk of chunks) {
      all.set(chunk, offset);
      offset += chunk.length;
    }
    return all;
  }
}

/**
 * Times each key from its keydown to the moment the terminal's rows show the echoed text. Each
 * expectEcho() makes a promise (`echo.seen`) that settles with the time, so nothing in the page
 * polls while waiting.
 */
function armEchoProbe() {
  const bench = window.__termBench;
  const rows = document.querySelector('.xterm-rows');
  let settle = null;
  bench.expectEcho = (expected) => {
    bench.echo.pending = expected;
    bench.echo.t0 = 0;
    bench.echo.seen = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no echo of ${JSON.stringify(expected)} within 5 s`)), 5_000);
      settle = (ms) => {
        clearTimeout(timer);
        resolve(ms);
      };
    });
  };
  document.addEventListener(
    'keydown',
    (event) => {
      if (bench.echo.pending !== null) bench.echo.t0 = event.timeStamp;
    },
    { capture: true },
  );
  new MutationObserver(() => {
    const { pending } = bench.echo;
    if (pending !== null && bench.echo.t0 > 0 && rows.textContent.includes(pending)) {
      bench.echo.pending = null;
      settle(performance.now() - bench.echo.t0);
    }
  }).observe(rows, { childList: true, subtree: true, characterData: true });
}
