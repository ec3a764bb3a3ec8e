#!/usr/bin/env node
// node scripts/sandbox.mjs up|down|status [--name N] [--port P] [--purge]
import process from 'node:process';
import { parseArgs } from 'node:util';
import { DEFAULT_NAME, sandboxDown, sandboxStatus, sandboxUp } from './lib/sandbox.mjs';
import { SetupError, ensureSystemPackages } from './lib/system.mjs';

const USAGE = `Usage: node scripts/sandbox.mjs <up|down|status> [--name NAME] [--port PORT] [--purge]

  up      start (or reuse) a private LXD daemon serving dist/ at https://127.0.0.1:PORT/ui/
  down    stop it (keeps .sandbox/NAME for a fast next start; --purge deletes it)
  status  show whether it runs, its URL, pid and instance count

  --name  sandbox name (default ${DEFAULT_NAME})
  --port  HTTPS port on 127.0.0.1 (default: the sandbox's previous port, else 18443)`;

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: 'string', default: DEFAULT_NAME },
      port: { type: 'string' },
      purge: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const command = positionals[0];
  if (values.help || !command || !['up', 'down', 'status'].includes(command)) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }
  const name = values.name;
  let port;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 1024 || port > 65535) {
      throw new SetupError(`Invalid --port ${values.port}: use a number between 1024 and 65535.`);
    }
  }

  if (command === 'up') {
    ensureSystemPackages();
    const started = Date.now();
    const state = await sandboxUp({ name, port });
    const status = await sandboxStatus({ name });
    console.log(`Sandbox "${name}" is up (${((Date.now() - started) / 1000).toFixed(1)}s)`);
    console.log(`  URL:          ${state.url}`);
    console.log(`  LXD_DIR:      ${state.lxdDir}`);
    console.log(`  client cert:  ${state.cert}`);
    console.log(`  client key:   ${state.key}`);
    console.log(`  browser cert: ${state.p12} (password ${state.p12Password})`);
    console.log(`  instances:    ${status.instances ?? '?'}`);
    console.log(`  lxc:          LXD_DIR=${state.lxdDir} lxc list`);
  } else if (command === 'down') {
    const started = Date.now();
    await sandboxDown({ name, purge: values.purge });
    console.log(`Sandbox "${name}" is down${values.purge ? ' and purged' : ''} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
  } else {
    const s = await sandboxStatus({ name });
    console.log(`Sandbox "${name}": ${s.running ? 'running' : 'stopped'}`);
    if (s.url) console.log(`  URL:       ${s.url}`);
    if (s.running) {
      console.log(`  pid:       ${s.pid ?? '?'}`);
      console.log(`  instances: ${s.instances ?? '?'}`);
    }
    console.log(`  LXD_DIR:   ${s.lxdDir}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof SetupError ? err.message : err);
    process.exit(1);
  },
);
