#!/usr/bin/env node
// npm run demo [-- --name N --port P]: build the dashboard, start the "demo" sandbox with
// sample content, print how to open it in a browser, and keep it running until Ctrl-C.
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { ensureTestCa, imageServerUrls, startImageServers } from './lib/imageServer.mjs';
import { ROOT, api, lxc, sandboxDown, sandboxUp, unixRequest } from './lib/sandbox.mjs';
import { SetupError, ensureSystemPackages } from './lib/system.mjs';

const { values: options } = parseArgs({
  options: { name: { type: 'string', default: 'demo' }, port: { type: 'string', default: '18443' } },
});
const NAME = options.name;
const PORT = Number(options.port);

async function exists(apiPath) {
  const res = await unixRequest(NAME, 'GET', apiPath);
  return res.status === 200;
}

// How many objects this run created, to say so when everything was already there.
let created = 0;

async function ensureInstance(name, { running, project = 'default', profiles = ['default'] }) {
  const query = `?project=${project}`;
  if (await exists(`/1.0/instances/${name}${query}`)) return;
  const args = [running ? 'launch' : 'init', 'busybox', name, '--project', project];
  for (const profile of profiles) args.push('--profile', profile);
  created += 1;
  console.log(`  ${running ? 'launching' : 'creating'} ${project === 'default' ? '' : `${project}/`}${name}`);
  lxc(NAME, args);
}

async function populate() {
  console.log('Demo content:');
  if (!(await exists('/1.0/profiles/small'))) {
    console.log('  profile small');
    created += 1;
    await api(NAME, 'POST', '/1.0/profiles', {
      name: 'small',
      description: 'One CPU, 256 MiB of memory',
      config: { 'limits.cpu': '1', 'limits.memory': '256MiB' },
      devices: {},
    });
  }
  await ensureInstance('web-01', { running: true });
  await ensureInstance('web-02', { running: true, profiles: ['default', 'small'] });
  await ensureInstance('db-01', { running: true });
  await ensureInstance('backup-01', { running: false });
  await ensureInstance('legacy-app', { running: false });

  const snapshots = await api(NAME, 'GET', '/1.0/instances/db-01/snapshots');
  for (const snap of ['before-upgrade', 'nightly']) {
    if (!snapshots.some((url) => url.endsWith(`/${snap}`))) {
      console.log(`  snapshot db-01/${snap}`);
      created += 1;
      lxc(NAME, ['snapshot', 'db-01', snap]);
    }
  }

  if (!(await exists('/1.0/storage-pools/default/volumes/custom/data'))) {
    console.log('  storage volume default/data');
    created += 1;
    lxc(NAME, ['storage', 'volume', 'create', 'default', 'data']);
  }

  if (!(await exists('/1.0/projects/staging'))) {
    console.log('  project staging');
    created += 1;
    // Without its own images and profiles, staging uses those of the default project,
    // so the busybox image and the default profile (root disk, eth0) apply there too.
    await api(NAME, 'POST', '/1.0/projects', {
      name: 'staging',
      description: 'Staging environment',
      config: { 'features.images': 'false', 'features.profiles': 'false' },
    });
  }
  await ensureInstance('stage-web', { running: true, project: 'staging' });
  if (created === 0) console.log('  everything already there');
}

function printInstructions(state) {
  const lines = [
    '',
    `lxdeck demo is running at ${state.url}`,
    '',
    'Your browser needs the sandbox client certificate to talk to LXD:',
    `  file:     ${state.p12}`,
    `  password: ${state.p12Password}`,
    '',
    'Chrome / Chromium:',
    '  Settings → Privacy and security → Security → Manage certificates → Your certificates → Import,',
    '  choose the file and enter the password. (Chromium on Linux keeps it in its own store;',
    '  on macOS and Windows Chrome uses the system store: opening the .p12 file imports it too.)',
    'Firefox:',
    '  Settings → Privacy & Security → Certificates → View Certificates → Your Certificates → Import,',
    '  choose the file and enter the password.',
    '',
    `Then open ${state.url}, accept the self-signed server certificate`,
    '(Chrome: Advanced → Proceed; Firefox: Advanced → Accept the Risk and Continue),',
    `and pick the certificate "lxdeck-${NAME}" when the browser asks for one.`,
    '',
    `Command line: LXD_DIR=${state.lxdDir} lxc list --all-projects`,
    '',
    `A sample image server (simplestreams, on this machine): ${imageServerUrls(PORT).url}`,
    '  Open it once in the browser and accept its certificate (a local test CA), then add it on the',
    '  Image servers page to browse, copy and launch from it.',
    'Press Ctrl-C to stop the demo (its data is kept for the next run).',
  ];
  console.log(lines.join('\n'));
}

async function main() {
  if (!Number.isInteger(PORT) || PORT < 1024 || PORT > 65535) throw new SetupError(`Invalid --port ${options.port}.`);
  ensureSystemPackages();
  console.log('Building the dashboard (vite build)...');
  // The sample image server's CA must exist before the daemon starts (it is read from SSL_CERT_FILE
  // then), and its origin joins the build's connect-src.
  ensureTestCa();
  const imageServers = [process.env.LXDECK_IMAGE_SERVERS, imageServerUrls(PORT).url].filter(Boolean).join(',');
  const build = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, LXDECK_IMAGE_SERVERS: imageServers } });
  if (build.status !== 0) throw new SetupError(`vite build failed (exit ${build.status ?? build.signal}); not starting the demo.`);

  const state = await sandboxUp({ name: NAME, port: PORT });
  await populate();
  await startImageServers({ name: NAME, lxdPort: PORT });
  printInstructions(state);

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the demo sandbox...`);
    try {
      await sandboxDown({ name: NAME });
      process.exit(0);
    } catch (err) {
      console.error(err);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // Keep the process (and so the demo) alive until a signal arrives.
  setInterval(() => {}, 1 << 30);
}

main().catch((err) => {
  console.error(err instanceof SetupError ? err.message : err);
  process.exit(1);
});
