#!/usr/bin/env node
// node scripts/record-fixtures.mjs [--name e2e]
// Records real LXD responses from a running sandbox into src/lxd/__fixtures__/, so unit tests
// parse exactly what LXD 5.0 sends. Each file is
//   { "request": {method, path[, body]}, "status", "headers": {"etag"?}, "body": <parsed JSON> }
// except events-start-stop.json, which is the list of event messages received.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { clientAgent, lxdRequest } from './lib/lxd-request.mjs';
import { ROOT, readState } from './lib/sandbox.mjs';

const OUT = path.join(ROOT, 'src', 'lxd', '__fixtures__');

function makeAgent(cert, key) {
  return clientAgent({ cert, key });
}

function request(agent, port, method, apiPath, body, headers = {}) {
  return lxdRequest({ origin: `https://127.0.0.1:${port}`, agent, method, path: apiPath, body, headers, timeoutMs: 120_000 });
}

function save(file, method, apiPath, res, requestBody) {
  const fixture = {
    request: { method, path: apiPath, ...(requestBody === undefined ? {} : { body: requestBody }) },
    status: res.status,
    headers: res.headers.etag ? { etag: res.headers.etag } : {},
    body: res.body,
  };
  writeFileSync(path.join(OUT, file), `${JSON.stringify(fixture, null, 2)}\n`);
  console.log(`  ${file.padEnd(34)} ${method} ${apiPath} -> ${res.status}`);
  return res;
}

function uniqueName(prefix) {
  return `${prefix}-${Date.now().toString(36).slice(-5)}${Math.floor(Math.random() * 36 ** 3).toString(36).padStart(3, '0')}`;
}

/** A throw-away certificate the daemon does not trust, like a browser's before it is added. */
function untrustedAgent() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lxdeck-untrusted-'));
  try {
    const key = path.join(dir, 'key.pem');
    const crt = path.join(dir, 'crt.pem');
    const res = spawnSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', key, '-out', crt, '-days', '1', '-subj', '/CN=lxdeck-untrusted',
    ], { encoding: 'utf8' });
    if (res.status !== 0) throw new Error(`openssl: ${res.stderr}`);
    return makeAgent(readFileSync(crt), readFileSync(key));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const { values } = parseArgs({ options: { name: { type: 'string', default: 'e2e' } } });
  const state = readState(values.name);
  if (!state) {
    console.error(`No sandbox "${values.name}". Start it first: node scripts/sandbox.mjs up --name ${values.name} --port 18543`);
    return 1;
  }
  const { port } = state;
  const cert = readFileSync(state.cert);
  const key = readFileSync(state.key);
  const agent = makeAgent(cert, key);
  const lxd = (method, apiPath, body, headers) => request(agent, port, method, apiPath, body, headers);
  const must = async (method, apiPath, body) => {
    const res = await lxd(method, apiPath, body);
    if (res.status >= 400) throw new Error(`${method} ${apiPath}: ${res.status} ${res.body?.error}`);
    if (res.body?.type === 'async') {
      const op = await lxd('GET', `${res.body.operation}/wait`);
      if (op.body?.metadata?.status_code >= 400) throw new Error(`${method} ${apiPath}: ${op.body.metadata.err}`);
    }
    return res;
  };
  try {
    await lxd('GET', '/1.0');
  } catch (err) {
    console.error(`Sandbox "${values.name}" does not answer on port ${port} (${err.message}). Start it: node scripts/sandbox.mjs up --name ${values.name}`);
    return 1;
  }

  mkdirSync(OUT, { recursive: true });
  const run1 = uniqueName('fx-web');
  const run2 = uniqueName('fx-db');
  const stopped = uniqueName('fx-old');
  const broken = uniqueName('fx-broken');
  const evented = uniqueName('fx-events');
  const created = [run1, run2, stopped, broken, evented];
  const create = (name, extra = {}) =>
    must('POST', '/1.0/instances', { name, type: 'container', source: { type: 'image', alias: 'busybox' }, ...extra });

  console.log(`Recording fixtures from ${state.url} into ${path.relative(ROOT, OUT)}/`);
  try {
    await create(run1);
    await create(run2);
    await create(stopped);
    await must('PUT', `/1.0/instances/${run1}/state`, { action: 'start' });
    await must('PUT', `/1.0/instances/${run2}/state`, { action: 'start' });

    save('server-trusted.json', 'GET', '/1.0', await lxd('GET', '/1.0'));
    save('server-untrusted.json', 'GET', '/1.0', await request(untrustedAgent(), port, 'GET', '/1.0'));
    save('projects.json', 'GET', '/1.0/projects?recursion=1', await lxd('GET', '/1.0/projects?recursion=1'));
    save('instances.json', 'GET', '/1.0/instances?recursion=1', await lxd('GET', '/1.0/instances?recursion=1'));
    save('instance-state.json', 'GET', `/1.0/instances/${run1}/state`, await lxd('GET', `/1.0/instances/${run1}/state`));
    const instance = save('instance.json', 'GET', `/1.0/instances/${run1}`, await lxd('GET', `/1.0/instances/${run1}`));
    save('not-found.json', 'GET', '/1.0/instances/does-not-exist', await lxd('GET', '/1.0/instances/does-not-exist'));
    // What a page served from another origin gets: browsers mark such requests cross-site.
    save('cross-site-refused.json', 'GET', '/1.0/instances', await lxd('GET', '/1.0/instances', undefined, { 'Sec-Fetch-Site': 'cross-site' }));

    // An edit based on a stale ETag: LXD refuses it with 412.
    const { config, devices, profiles, description, ephemeral, stateful, architecture } = instance.body.metadata;
    const edit = { architecture, config, devices, ephemeral, profiles, stateful, description: `${description} (edited)` };
    const stale = await lxd('PUT', `/1.0/instances/${run1}`, edit, { 'If-Match': '"0000000000000000000000000000000000000000000000000000000000000000"' });
    save('precondition-failed.json', 'PUT', `/1.0/instances/${run1}`, stale, edit);

    const startBody = { action: 'start' };
    const start = save('instance-start-async.json', 'PUT', `/1.0/instances/${stopped}/state`, await lxd('PUT', `/1.0/instances/${stopped}/state`, startBody), startBody);
    const opId = start.body.metadata.id;
    save('operation-wait-success.json', 'GET', `/1.0/operations/${opId}/wait`, await lxd('GET', `/1.0/operations/${opId}/wait`));

    // A NIC whose parent bridge does not exist: creating is fine, starting fails asynchronously.
    await create(broken, { devices: { eth0: { type: 'nic', nictype: 'bridged', parent: 'lxdkmissing0', name: 'eth0' } } });
    const failing = await lxd('PUT', `/1.0/instances/${broken}/state`, startBody);
    if (failing.status !== 202) throw new Error(`expected an async start of ${broken}, got ${failing.status} ${failing.body?.error}`);
    const failId = failing.body.metadata.id;
    save('operation-wait-failure.json', 'GET', `/1.0/operations/${failId}/wait`, await lxd('GET', `/1.0/operations/${failId}/wait`));

    await create(evented);
    await recordEvents({ port, cert, key, lxd, name: evented });
  } finally {
    for (const name of created) {
      const res = await lxd('GET', `/1.0/instances/${name}`);
      if (res.status === 404) continue;
      if (res.body?.metadata?.status !== 'Stopped') await lxd('PUT', `/1.0/instances/${name}/state`, { action: 'stop', force: true }).then((r) => r.body?.operation && lxd('GET', `${r.body.operation}/wait`));
      const del = await lxd('DELETE', `/1.0/instances/${name}`);
      if (del.body?.operation) await lxd('GET', `${del.body.operation}/wait`);
    }
  }
  console.log('Done; test instances removed.');
  return 0;
}

async function recordEvents({ port, cert, key, lxd, name }) {
  const eventsPath = '/1.0/events?type=operation,lifecycle&all-projects=true';
  const ws = new WebSocket(`wss://127.0.0.1:${port}${eventsPath}`, { cert, key, rejectUnauthorized: false });
  const messages = [];
  ws.on('message', (data) => messages.push(JSON.parse(data.toString('utf8'))));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  const act = async (action) => {
    const res = await lxd('PUT', `/1.0/instances/${name}/state`, { action });
    await lxd('GET', `${res.body.operation}/wait`);
  };
  await act('start');
  await act('stop');
  // Lifecycle events can trail the operation's completion a little. LXD 5.0 reports a clean
  // stop as "instance-shutdown" and a forced one as "instance-stopped".
  const STOPPED = new Set(['instance-shutdown', 'instance-stopped']);
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && !messages.some((m) => STOPPED.has(m.metadata?.action))) await sleep(50);
  await sleep(300);
  ws.close();
  writeFileSync(path.join(OUT, 'events-start-stop.json'), `${JSON.stringify(messages, null, 2)}\n`);
  console.log(`  ${'events-start-stop.json'.padEnd(34)} wss ${eventsPath} -> ${messages.length} messages`);
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
