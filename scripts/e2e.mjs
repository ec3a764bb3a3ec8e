#!/usr/bin/env node
// npm run e2e [-- <playwright args>] [--keep]: build the app, start the e2e sandboxes (two, see
// scripts/lib/e2eSandboxes.mjs; only the one a file filter needs), run Playwright against them,
// stop them (unless --keep). Exits with Playwright's code.
import { spawn, spawnSync } from 'node:child_process';
import process from 'node:process';
import { e2eSandboxes, onBothSandboxes, onSecondSandbox, wallServerUrls } from './lib/e2eSandboxes.mjs';
import { ensureTestCa, imageServerUrls, startImageServers } from './lib/imageServer.mjs';
import { ROOT, sandboxDown, sandboxUp } from './lib/sandbox.mjs';
import { SetupError, ensureSystemPackages } from './lib/system.mjs';

// Overridable so two checkouts (or two runs) on one machine do not fight over the ports.
const SANDBOXES = e2eSandboxes();
const NAME = SANDBOXES.first.name;
const PORT = SANDBOXES.first.port;

/** Which sandboxes the Playwright arguments need: file filters name spec files (or e2e/). */
function neededSandboxes(playwrightArgs) {
  const files = playwrightArgs.filter((a) => !a.startsWith('-') && /\.spec\.ts$|^e2e\/|\.spec$/.test(a));
  if (files.length === 0) return [SANDBOXES.first, SANDBOXES.second];
  return [
    ...(files.some((f) => !onSecondSandbox(f) || f.replace(/^.*\//, '') === '') ? [SANDBOXES.first] : []),
    ...(files.some((f) => onSecondSandbox(f) || onBothSandboxes(f)) ? [SANDBOXES.second] : []),
  ];
}

function runPlaywright(args, extraEnv) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['playwright', 'test', ...args], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, LXDECK_SANDBOX: NAME, ...extraEnv },
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main() {
  const argv = process.argv.slice(2);
  const keep = argv.includes('--keep');
  const playwrightArgs = argv.filter((a) => a !== '--keep');
  // `--project cluster` alone needs only the cluster (its own setup project starts it).
  const projects = playwrightArgs.flatMap((a, i) => (a.startsWith('--project=') ? [a.slice(10)] : playwrightArgs[i - 1] === '--project' ? [a] : []));
  const clusterOnly = projects.length > 0 && projects.every((p) => p === 'cluster');

  ensureSystemPackages({ chromium: true });
  // The test image servers' origins join the build's connect-src (see vite.config.ts); the daemon
  // trusts their CA from its first start (SSL_CERT_FILE), so the CA exists before it starts.
  ensureTestCa();
  const servers = imageServerUrls(PORT);
  // The walls of both sandboxes (and of a server that is down) may be framed by either's wall.
  const walls = wallServerUrls(SANDBOXES);
  console.log('Building the dashboard (vite build)...');
  const build = spawnSync('npx', ['vite', 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      LXDECK_IMAGE_SERVERS: [process.env.LXDECK_IMAGE_SERVERS, servers.url, servers.noCorsUrl].filter(Boolean).join(','),
      LXDECK_WALL_SERVERS: [process.env.LXDECK_WALL_SERVERS, walls.first, walls.second, walls.down].filter(Boolean).join(','),
    },
  });
  if (build.status !== 0) throw new SetupError(`vite build failed (exit ${build.status ?? build.signal}).`);

  // Ctrl-C reaches Playwright too (same terminal process group); let it finish, then stop LXD.
  process.on('SIGINT', () => {});
  let code = 1;
  let imageServers;
  let sandboxes = [];
  try {
    if (clusterOnly) {
      code = await runPlaywright(playwrightArgs, { LXDECK_NO_SANDBOX: '1' });
      return code;
    }
    const started = Date.now();
    sandboxes = neededSandboxes(playwrightArgs);
    // One after the other: both read the shared image cache (.sandbox/.cache) the first start may be building.
    for (const { name, port } of sandboxes) {
      await sandboxUp({ name, port });
      console.log(`Sandbox "${name}" ready in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    }
    imageServers = await startImageServers({ name: NAME, lxdPort: PORT, log: (m) => console.log(`[image servers] ${m}`) });
    code = await runPlaywright(playwrightArgs, { LXDECK_IMAGE_SERVERS_STATE: imageServers.stateFile });
  } finally {
    await imageServers?.close();
    if (clusterOnly) {
      // nothing of the standalone sandbox was started
    } else {
      for (const { name } of sandboxes) {
        if (keep) console.log(`Keeping sandbox "${name}" running (stop it with: node scripts/sandbox.mjs down --name ${name})`);
        else await sandboxDown({ name });
      }
    }
  }
  return code;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof SetupError ? err.message : err);
    process.exit(1);
  },
);
