// Debian's Chromium driven over a bare DevTools pipe, for measurements that must not pay for
// being watched. Playwright enables the Network domain on every page, so Chromium reports each
// websocket frame to the Node.js process (the payload included), and its `clientCertificates`
// option sends every byte through a TLS proxy inside Node.js. On a 2-core machine both cost
// about as much CPU as the page itself during a burst of terminal output. Here only Page,
// Runtime and Input are used, and the browser presents the client certificate from its own
// certificate store, as a user's browser does after importing the .p12.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHROMIUM_LAUNCH_OPTIONS } from '../chromium.mjs';

const VIEWPORT = { width: 1280, height: 720 }; // Playwright's "Desktop Chrome", as in the browser tests

/**
 * Launches Chromium with a fresh profile under `dir` that holds the sandbox's certificate and
 * the "auto-select certificate" site setting a user gets by choosing it once (so no dialog).
 */
export async function launchPlainChromium(state, dir) {
  const { home, profile } = prepareProfile(state, dir);
  const child = spawn(
    CHROMIUM_LAUNCH_OPTIONS.executablePath,
    [
      ...CHROMIUM_LAUNCH_OPTIONS.args,
      '--headless',
      '--remote-debugging-pipe',
      '--ignore-certificate-errors', // the sandbox daemon's server certificate is self-signed
      `--user-data-dir=${profile}`,
      `--window-size=${VIEWPORT.width},${VIEWPORT.height}`,
      'about:blank',
    ],
    { env: { ...process.env, HOME: home }, stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
  );
  const connection = new PipeConnection(child);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const close = async () => {
    connection.send('Browser.close').catch(() => {});
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    const { product } = await connection.send('Browser.getVersion');
    const { targetId } = await connection.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await connection.send('Target.attachToTarget', { targetId, flatten: true });
    const page = new Page(connection, sessionId);
    await page.send('Page.enable');
    await page.send('Runtime.enable');
    return { page, version: product.replace(/^.*\//, ''), close };
  } catch (error) {
    await close();
    throw error;
  }
}

function prepareProfile(state, dir) {
  rmSync(dir, { recursive: true, force: true });
  const home = path.join(dir, 'home');
  importClientCertificate(home, state);
  const profile = path.join(dir, 'profile');
  writeAutoSelectPreference(profile, `https://127.0.0.1:${state.port}`);
  return { home, profile };
}

/** Imports the sandbox's .p12 into `$HOME/.pki/nssdb`, the certificate store Chromium reads on Linux. */
export function importClientCertificate(home, state) {
  const nssdb = path.join(home, '.pki', 'nssdb');
  mkdirSync(nssdb, { recursive: true });
  run('certutil', ['-N', '-d', `sql:${nssdb}`, '--empty-password']);
  run('pk12util', ['-i', state.p12, '-d', `sql:${nssdb}`, '-W', state.p12Password, '-K', '']);
}

/**
 * The per-profile way to choose a certificate without a dialog: the site setting Chromium keeps
 * once a user ticked "remember" (`profile.content_settings.exceptions.auto_select_certificate`).
 */
export function writeAutoSelectPreference(profile, origin) {
  mkdirSync(path.join(profile, 'Default'), { recursive: true });
  const exceptions = { auto_select_certificate: { [`${origin},*`]: { setting: { filters: [{}] } } } };
  writeFileSync(path.join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { content_settings: { exceptions } } }));
}

function run(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Error(`${command} failed: ${result.error?.message ?? (result.stderr || result.stdout).trim()}`);
  }
}

/** DevTools protocol over fds 3 (to Chromium) and 4 (from it): JSON messages ended by NUL. */
class PipeConnection {
  #nextId = 1;
  #pending = new Map();
  #listeners = new Set();
  #buffer = '';
  #out;

  constructor(child) {
    this.#out = child.stdio[3];
    child.stdio[4].setEncoding('utf8');
    child.stdio[4].on('data', (text) => {
      const parts = (this.#buffer + text).split('\0');
      this.#buffer = parts.pop() ?? '';
      for (const part of parts) this.#dispatch(JSON.parse(part));
    });
    child.once('exit', () => {
      for (const { reject } of this.#pending.values()) reject(new Error('Chromium exited'));
      this.#pending.clear();
    });
  }

  send(method, params = {}, sessionId) {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, method });
      this.#out.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  /** Calls `listener` with every event; returns a function that stops it. */
  onEvent(listener) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #dispatch(message) {
    if (message.id === undefined) {
      for (const listener of this.#listeners) listener(message);
      return;
    }
    const call = this.#pending.get(message.id);
    if (!call) return;
    this.#pending.delete(message.id);
    if (message.error) call.reject(new Error(`${call.method}: ${message.error.message}`));
    else call.resolve(message.result);
  }
}

const KEYS = {
  Enter: { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' },
};

class Page {
  /** Uncaught errors and console errors of the page. */
  problems = [];

  constructor(connection, sessionId) {
    this.connection = connection;
    this.sessionId = sessionId;
    connection.onEvent((event) => {
      if (event.sessionId !== sessionId) return;
      if (event.method === 'Runtime.exceptionThrown') {
        this.problems.push(`page error: ${event.params.exceptionDetails.exception?.description ?? event.params.exceptionDetails.text}`);
      }
      if (event.method === 'Runtime.consoleAPICalled' && event.params.type === 'error') {
        this.problems.push(`console: ${event.params.args.map((arg) => arg.value ?? arg.description).join(' ')}`);
      }
    });
  }

  send(method, params) {
    return this.connection.send(method, params, this.sessionId);
  }

  addInitScript(fn) {
    return this.send('Page.addScriptToEvaluateOnNewDocument', { source: `(${fn})()` });
  }

  async goto(url) {
    const loaded = new Promise((resolve) => {
      const stop = this.connection.onEvent((event) => {
        if (event.sessionId !== this.sessionId || event.method !== 'Page.loadEventFired') return;
        stop();
        resolve();
      });
    });
    const { errorText } = await this.send('Page.navigate', { url });
    if (errorText) throw new Error(`navigating to ${url}: ${errorText}`);
    await loaded;
  }

  /** Runs `fn(arg)` in the page and returns its (awaited) value. */
  evaluate(fn, arg) {
    return this.#evaluate(`(${fn})(${JSON.stringify(arg)})`);
  }

  /**
   * Resolves once `fn(arg)` is truthy in the page, checked on every animation frame. The check
   * is written into the expression, as the page's CSP forbids building functions from strings.
   */
  waitFor(fn, arg, timeoutMs, what) {
    return this.#evaluate(`new Promise((resolve, reject) => {
      const check = (${fn});
      const started = performance.now();
      const tick = () => {
        if (check(${JSON.stringify(arg)})) return resolve(true);
        if (performance.now() - started > ${Number(timeoutMs)}) return reject(new Error(${JSON.stringify(`waiting for ${what}: nothing within ${timeoutMs} ms`)}));
        requestAnimationFrame(tick);
      };
      tick();
    })`);
  }

  async #evaluate(expression) {
    const { result, exceptionDetails } = await this.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  }

  /** Presses one key: a printable character, "Enter", or "Control+<letter>". */
  async press(name) {
    const control = name.startsWith('Control+');
    const key = control ? name.slice('Control+'.length).toLowerCase() : name;
    const event = KEYS[key] ?? {
      key,
      code: /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : undefined,
      // Letters, digits and space have key codes of their own; other characters get none
      // (their codes would be arrow keys, Home and such) and reach xterm as a keypress.
      windowsVirtualKeyCode: /^[a-z0-9 ]$/i.test(key) ? key.toUpperCase().charCodeAt(0) : 0,
      text: control ? undefined : key,
    };
    const modifiers = control ? 2 : 0;
    await this.send('Input.dispatchKeyEvent', { type: event.text ? 'keyDown' : 'rawKeyDown', modifiers, ...event });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers, ...event, text: undefined });
  }

  async type(text) {
    for (const char of text) await this.press(char);
  }
}
