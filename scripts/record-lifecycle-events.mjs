#!/usr/bin/env node
// node scripts/record-lifecycle-events.mjs [--name rec]
// Does one thing of each kind with `lxc` against a running sandbox (instances, snapshots,
// backups, exec, files, profiles, projects, images, networks, ACLs, storage, certificates,
// server config) and records every event message LXD sends meanwhile, grouped by the step
// that caused it, into src/realtime/__fixtures__/lifecycle-events.json. The event registry's
// unit tests read that file, so every mapping is checked against what LXD really sends.
// Start a throw-away sandbox first: npm run sandbox -- up --name rec --port 18572
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { ROOT, lxc, readState } from './lib/sandbox.mjs';

const OUT = path.join(ROOT, 'src', 'realtime', '__fixtures__', 'lifecycle-events.json');
/** Lifecycle events can trail the command that caused them a little. */
const TRAIL_MS = 400;

function openssl(args) {
  const res = spawnSync('openssl', args, { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`openssl ${args[0]}: ${res.stderr}`);
}

async function main() {
  const { values } = parseArgs({ options: { name: { type: 'string', default: 'rec' } } });
  const name = values.name;
  const state = readState(name);
  if (!state) {
    console.error(`No sandbox "${name}". Start it first: npm run sandbox -- up --name ${name} --port 18572`);
    return 1;
  }
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'lxdeck-rec-'));
  const certFile = path.join(tmp, 'extra.crt');
  openssl([
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', path.join(tmp, 'extra.key'), '-out', certFile, '-days', '1', '-subj', '/CN=lxdeck-rec-extra',
  ]);

  const eventsPath = '/1.0/events?type=operation,lifecycle&all-projects=true';
  const ws = new WebSocket(`wss://127.0.0.1:${state.port}${eventsPath}`, {
    cert: readFileSync(state.cert),
    key: readFileSync(state.key),
    rejectUnauthorized: false,
  });
  let current = [];
  ws.on('message', (data) => current.push(JSON.parse(String(data))));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });

  const steps = [];
  let fingerprint = '';
  const run = async (label, args, { input, optional = false } = {}) => {
    current = [];
    let output = '';
    try {
      output = lxc(name, args, { input });
    } catch (error) {
      if (!optional) throw error;
      console.log(`  (skipped) ${label}: ${error.message.split('\n')[0]}`);
      return '';
    }
    await sleep(TRAIL_MS);
    steps.push({ step: label, command: `lxc ${args.join(' ')}`, events: current });
    const actions = current.filter((e) => e.type === 'lifecycle').map((e) => e.metadata.action);
    console.log(`  ${label.padEnd(28)} ${current.length} messages; lifecycle: ${actions.join(', ') || '-'}`);
    return output;
  };

  // Leftovers of an interrupted earlier run, removed before recording.
  for (const args of [
    ['delete', 'ev-c1', '--force'], ['delete', 'ev-c2', '--force'], ['image', 'delete', 'ev-published'],
    ['image', 'delete', 'ev-imported'], ['profile', 'delete', 'ev-p1'], ['profile', 'delete', 'ev-p2'],
    ['network', 'delete', 'evbr0'], ['network', 'acl', 'delete', 'ev-acl1'], ['network', 'acl', 'delete', 'ev-acl2'],
  ]) {
    try {
      lxc(name, args);
    } catch {
      // not there
    }
  }
  await sleep(TRAIL_MS * 2); // their events are not part of the recording

  try {
    // Instances
    await run('instance create', ['init', 'busybox', 'ev-c1']);
    await run('instance start', ['start', 'ev-c1']);
    await run('instance update', ['config', 'set', 'ev-c1', 'user.note', 'recorded']);
    await run('instance exec', ['exec', 'ev-c1', '--', 'true']);
    await run('instance console log', ['console', 'ev-c1', '--show-log'], { optional: true });
    await run('instance log retrieve', ['info', 'ev-c1', '--show-log']);
    writeFileSync(path.join(tmp, 'hello.txt'), 'hello\n');
    await run('instance file push', ['file', 'push', path.join(tmp, 'hello.txt'), 'ev-c1/tmp/hello.txt']);
    await run('instance file pull', ['file', 'pull', 'ev-c1/tmp/hello.txt', path.join(tmp, 'pulled.txt')]);
    await run('instance file delete', ['file', 'delete', 'ev-c1/tmp/hello.txt']);
    await run('instance pause', ['pause', 'ev-c1']);
    await run('instance resume', ['start', 'ev-c1']);
    await run('instance restart', ['restart', 'ev-c1', '--force']);
    await run('instance snapshot create', ['snapshot', 'ev-c1', 'snap0']);
    await run('instance snapshot rename', ['move', 'ev-c1/snap0', 'ev-c1/snap1']);
    await run('instance snapshot restore', ['restore', 'ev-c1', 'snap1']);
    await run('instance snapshot delete', ['delete', 'ev-c1/snap1']);
    await run('instance backup export', ['export', 'ev-c1', path.join(tmp, 'backup.tar.gz')]);
    await run('instance stop', ['stop', 'ev-c1', '--force']);
    await run('instance rename', ['move', 'ev-c1', 'ev-c2']);
    await run('instance publish', ['publish', 'ev-c2', '--alias', 'ev-published']);
    await run('instance delete', ['delete', 'ev-c2']);

    // Images
    await run('image export', ['image', 'export', 'ev-published', path.join(tmp, 'image')]);
    const published = JSON.parse(lxc(name, ['image', 'list', 'ev-published', '--format', 'json']))[0]?.fingerprint;
    await run('image alias create', ['image', 'alias', 'create', 'ev-alias', published]);
    await run('image alias rename', ['image', 'alias', 'rename', 'ev-alias', 'ev-alias2']);
    await run('image alias delete', ['image', 'alias', 'delete', 'ev-alias2']);
    await run('image update', ['image', 'edit', 'ev-published'], {
      input: 'auto_update: false\nproperties:\n  description: recorded\npublic: false\nexpires_at: 0001-01-01T00:00:00Z\nprofiles:\n- default\n',
    });
    await run('image delete', ['image', 'delete', 'ev-published']);
    const exported = spawnSync('sh', ['-c', `ls ${tmp}/image*`], { encoding: 'utf8' }).stdout.trim().split('\n')[0];
    await run('image import', ['image', 'import', exported, '--alias', 'ev-imported']);
    await run('image delete (imported)', ['image', 'delete', 'ev-imported']);

    // Profiles
    await run('profile create', ['profile', 'create', 'ev-p1']);
    await run('profile update', ['profile', 'set', 'ev-p1', 'limits.cpu', '1']);
    await run('profile rename', ['profile', 'rename', 'ev-p1', 'ev-p2']);
    await run('profile delete', ['profile', 'delete', 'ev-p2']);

    // Projects, and an instance and a profile inside one
    await run('project create', ['project', 'create', 'ev-pr1', '-c', 'features.images=false']);
    await run('project update', ['project', 'set', 'ev-pr1', 'limits.instances', '5']);
    await run('profile create in project', ['profile', 'create', 'ev-pp', '--project', 'ev-pr1']);
    await run('profile root disk in project', ['profile', 'device', 'add', 'default', 'root', 'disk', 'path=/', 'pool=default', '--project', 'ev-pr1']);
    await run('instance create in project', ['init', 'busybox', 'ev-c3', '--project', 'ev-pr1']);
    await run('instance start in project', ['start', 'ev-c3', '--project', 'ev-pr1']);
    await run('instance delete in project', ['delete', 'ev-c3', '--force', '--project', 'ev-pr1']);
    await run('profile delete in project', ['profile', 'delete', 'ev-pp', '--project', 'ev-pr1']);
    await run('project rename', ['project', 'rename', 'ev-pr1', 'ev-pr2']);
    await run('project delete', ['project', 'delete', 'ev-pr2']);

    // Networks
    await run('network create', ['network', 'create', 'evbr0', 'ipv4.address=none', 'ipv6.address=none']);
    await run('network update', ['network', 'set', 'evbr0', 'bridge.mtu', '1400']);
    await run('network delete', ['network', 'delete', 'evbr0']);
    await run('network acl create', ['network', 'acl', 'create', 'ev-acl1']);
    await run('network acl update', ['network', 'acl', 'set', 'ev-acl1', 'user.note', 'recorded']);
    await run('network acl rename', ['network', 'acl', 'rename', 'ev-acl1', 'ev-acl2']);
    await run('network acl delete', ['network', 'acl', 'delete', 'ev-acl2']);

    // Storage
    await run('storage pool create', ['storage', 'create', 'ev-pool', 'dir']);
    await run('storage pool update', ['storage', 'set', 'ev-pool', 'user.note', 'recorded']);
    await run('storage volume create', ['storage', 'volume', 'create', 'ev-pool', 'ev-vol']);
    await run('storage volume update', ['storage', 'volume', 'set', 'ev-pool', 'ev-vol', 'user.note', 'recorded']);
    await run('storage volume rename', ['storage', 'volume', 'rename', 'ev-pool', 'ev-vol', 'ev-vol2']);
    await run('storage volume snapshot', ['storage', 'volume', 'snapshot', 'ev-pool', 'ev-vol2', 'vsnap']);
    await run('storage volume delete', ['storage', 'volume', 'delete', 'ev-pool', 'ev-vol2/vsnap']);
    await run('storage volume delete (volume)', ['storage', 'volume', 'delete', 'ev-pool', 'ev-vol2']);
    await run('storage pool delete', ['storage', 'delete', 'ev-pool']);

    // Certificates and trust tokens (their operation carries the token's secret)
    await run('certificate add', ['config', 'trust', 'add', certFile, '--name', 'ev-cert']);
    const listed = JSON.parse(lxc(name, ['config', 'trust', 'list', '--format', 'json']));
    fingerprint = listed.find((c) => c.name === 'ev-cert')?.fingerprint ?? '';
    await run('certificate update', ['config', 'trust', 'edit', fingerprint], {
      input: `name: ev-cert2\ntype: client\nrestricted: false\nprojects: []\ncertificate: ${JSON.stringify(readFileSync(certFile, 'utf8'))}\n`,
      optional: true,
    });
    await run('certificate delete', ['config', 'trust', 'remove', fingerprint]);
    await run('trust token create', ['config', 'trust', 'add', '--name', 'ev-token']);
    await run('trust token revoke', ['config', 'trust', 'revoke-token', 'ev-token']);

    // Server
    await run('server config update', ['config', 'set', 'user.note', 'recorded']);
    await run('server config unset', ['config', 'unset', 'user.note']);
  } finally {
    ws.close();
    rmSync(tmp, { recursive: true, force: true });
  }

  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(steps, null, 2)}\n`);
  console.log(`wrote ${path.relative(ROOT, OUT)}: ${steps.length} steps, ${steps.reduce((n, s) => n + s.events.length, 0)} messages`);
  return 0;
}

process.exitCode = await main();
