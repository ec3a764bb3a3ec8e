// Kiosk start, as README.md ("Kiosk start") tells it: Debian's Chromium as a real process with
// --kiosk and a dedicated --user-data-dir, the client certificate in the NSS store of its HOME,
// and the AutoSelectCertificateForUrls policy choosing it without a dialog. The benchmark adds
// only what a machine without a screen needs (--headless), a DevTools port to watch the page
// from, and --ignore-certificate-errors (the sandbox's server certificate is self-signed).
// Then the same launch without the policy, to show that it is the policy that chose.
/* global document */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../chromium.mjs';
import { importClientCertificate, writeAutoSelectPreference } from '../cdp.mjs';
import { round, step } from '../util.mjs';

const LIST_HASH = '#/project/default/instances';
/** Where Debian's Chromium reads machine-wide policies (root only). */
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'lxdeck-bench-kiosk.json');

/** The flags README.md gives for a kiosk. */
export function kioskArgs(userDataDir, url) {
  return ['--kiosk', `--user-data-dir=${userDataDir}`, '--no-first-run', '--noerrdialogs', '--disable-session-crashed-bubble', url];
}

/** The policy README.md gives: this origin gets the certificate whose subject CN matches, unasked. */
export function autoSelectPolicy(origin, subjectCn) {
  return { AutoSelectCertificateForUrls: [JSON.stringify({ pattern: origin, filter: { SUBJECT: { CN: subjectCn } } })] };
}

export const kioskGroup = {
  id: 'kiosk',
  title: 'Kiosk start (Chromium --kiosk, certificate chosen by policy)',
  singleRun: true,
  needsScenario: false,
  metrics: [
    { id: 'firstRowMs', label: 'launch → first instance row', unit: 'ms' },
    { id: 'trusted', label: 'page trusted by LXD (certificate presented, no dialog)', unit: '', target: 1, goal: 'min', digits: 0 },
    { id: 'policyUsed', label: 'chosen by the machine policy (1) or the profile setting (0)', unit: '', digits: 0 },
    { id: 'withoutPolicyTrusted', label: 'same launch without the policy: trusted', unit: '', target: 0, digits: 0 },
  ],

  notes(details) {
    return details.map((d, i) => `run ${i + 1}: ${d.how}; window state ${d.windowState}; without the policy the page showed: ${JSON.stringify(d.withoutPolicy.shows)}`);
  },

  async run(env) {
    const { state, log } = env;
    const origin = `https://127.0.0.1:${state.port}`;
    const url = `${state.url}${LIST_HASH}`;
    const dir = path.join(env.browserDir, 'kiosk');
    rmSync(dir, { recursive: true, force: true });
    const home = path.join(dir, 'home');
    importClientCertificate(home, state);
    const subjectCn = 'lxdeck-' + env.sandbox; // scripts/lib/sandbox.mjs names the client certificate so

    const root = process.getuid?.() === 0;
    let how;
    const details = {};
    try {
      if (root) {
        mkdirSync(POLICY_DIR, { recursive: true });
        writeFileSync(POLICY_FILE, JSON.stringify(autoSelectPolicy(origin, subjectCn), null, 2));
        how = `policy ${POLICY_FILE}`;
      } else {
        // Not root: /etc/chromium is out of reach; the profile's own setting does the same.
        writeAutoSelectPreference(path.join(dir, 'profile'), origin);
        how = 'profile setting (not root: no machine policy)';
      }
      log(`kiosk: certificate chosen by the ${how}`);
      const withPolicy = await step('kiosk with the certificate chosen unasked', () =>
        launchAndWatch({ home, userDataDir: path.join(dir, 'profile'), url, port: state.port, waitMs: 30_000 }),
      );
      details.how = how;
      details.windowState = withPolicy.windowState;
      details.args = withPolicy.args;
      if (root) rmSync(POLICY_FILE, { force: true });
      const withoutPolicy = root
        ? await step('kiosk without the policy', () =>
            launchAndWatch({ home, userDataDir: path.join(dir, 'profile-nopolicy'), url, port: state.port, waitMs: 10_000 }),
          )
        : { trusted: null, shows: 'not tried (not root)' };
      details.withPolicy = withPolicy;
      details.withoutPolicy = withoutPolicy;
      return {
        values: {
          firstRowMs: withPolicy.firstRowMs,
          trusted: withPolicy.trusted ? 1 : 0,
          policyUsed: root ? 1 : 0,
          withoutPolicyTrusted: withoutPolicy.trusted === null ? null : withoutPolicy.trusted ? 1 : 0,
        },
        details,
      };
    } finally {
      if (root) rmSync(POLICY_FILE, { force: true });
    }
  },
};

/** Starts Chromium as the README says (plus the benchmark's additions) and watches the page over CDP. */
async function launchAndWatch({ home, userDataDir, url, port, waitMs }) {
  const debugPort = port + 3000;
  const args = [
    ...CHROMIUM_LAUNCH_OPTIONS.args,
    '--headless', // no screen here
    `--remote-debugging-port=${debugPort}`,
    '--ignore-certificate-errors', // the sandbox's self-signed server certificate
    ...kioskArgs(userDataDir, url),
  ];
  const started = Date.now();
  const child = spawn(CHROMIUM_LAUNCH_OPTIONS.executablePath, args, { env: { ...process.env, HOME: home }, stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let browser = null;
  try {
    try {
      browser = await connect(debugPort, 20_000);
    } catch (error) {
      // A page whose TLS handshake waits for a certificate choice keeps DevTools from attaching;
      // its target is listed all the same.
      const targets = await fetch(`http://127.0.0.1:${debugPort}/json/list`).then((r) => r.json()).catch(() => null);
      const page = targets?.find((t) => t.type === 'page');
      if (!page) throw error;
      return {
        trusted: false,
        auth: null,
        firstRowMs: null,
        shows: `nothing: still loading ${page.url} after ${((Date.now() - started) / 1000).toFixed(0)} s (waiting for a certificate choice)`,
        windowState: 'unknown',
        args: args.slice(CHROMIUM_LAUNCH_OPTIONS.args.length),
      };
    }
    const page = await firstPage(browser, 10_000);
    const row = page.locator('tr[data-instance]').first();
    const shown = await row.waitFor({ timeout: waitMs }).then(
      () => true,
      () => false,
    );
    const firstRowMs = shown ? Date.now() - started : null;
    const auth = await page
      .evaluate(() => fetch('/1.0').then((r) => r.json()).then((body) => body.metadata?.auth ?? null))
      .catch(() => null);
    const shows = shown ? 'the instance list' : await page.evaluate(() => document.body?.innerText.slice(0, 160) ?? '').catch(() => '?');
    const cdp = await page.context().newCDPSession(page);
    const windowState = await cdp
      .send('Browser.getWindowForTarget')
      .then((w) => w.bounds.windowState)
      .catch(() => 'unknown');
    return { trusted: shown && auth === 'trusted', auth, firstRowMs: round(firstRowMs, 0), shows, windowState, args: args.slice(CHROMIUM_LAUNCH_OPTIONS.args.length) };
  } finally {
    await browser?.close().catch(() => {});
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
}

async function connect(debugPort, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await chromium.connectOverCDP(`http://127.0.0.1:${debugPort}`, { timeout: 5_000 });
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`no DevTools endpoint on port ${debugPort}: ${error.message.split('\n')[0]}`);
      await sleep(200);
    }
  }
}

async function firstPage(browser, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = browser.contexts().flatMap((context) => context.pages()).find((p) => p.url().startsWith('https://'));
    if (page) return page;
    if (Date.now() > deadline) throw new Error('the kiosk opened no page');
    await sleep(100);
  }
}
