#!/usr/bin/env node
// npm run demo [-- --name N --port P --readonly --wall]: build the dashboard, start the "demo"
// sandbox with sample content, print how to open it in a browser, and keep it running until Ctrl-C.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { buildVariant, ensureTestCa, imageServerUrls, startImageServers } from './lib/imageServer.mjs';
import { ROOT, api, buildBusyboxImage, lxc, sandboxDown, sandboxPaths, sandboxUp, unixRequest } from './lib/sandbox.mjs';
import { SetupError, ensureSystemPackages } from './lib/system.mjs';

const { values: options } = parseArgs({
  options: {
    name: { type: 'string', default: 'demo' },
    port: { type: 'string', default: '18443' },
    // Print the dashboard's address in read-only mode (every write control disabled).
    readonly: { type: 'boolean', default: false },
    // Print the wall screen's address.
    wall: { type: 'boolean', default: false },
  },
});
const NAME = options.name;
const PORT = Number(options.port);

/**
 * Host interface names are global (and at most 15 characters): the demo's extra bridges carry a
 * short hash of the checkout and sandbox name, like the sandbox's own bridge.
 */
function hostInterface(suffix) {
  const hash = createHash('sha256').update(`${ROOT}\0${NAME}`).digest('hex').slice(0, 5);
  return `dm${hash}${suffix}`.slice(0, 15);
}
const FRONT_BRIDGE = hostInterface('front');
const BACK_BRIDGE = hostInterface('back');
const SECOND_POOL = 'fast';

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

/** Sets what `patch` names on an object when any of it differs (descriptions, config keys). */
async function ensurePatched(apiPath, patch, what) {
  const current = await api(NAME, 'GET', apiPath);
  const differs = Object.entries(patch).some(([key, value]) =>
    value && typeof value === 'object'
      ? Object.entries(value).some(([k, v]) => JSON.stringify(current?.[key]?.[k]) !== JSON.stringify(v))
      : current?.[key] !== value,
  );
  if (!differs) return;
  console.log(`  ${what}`);
  created += 1;
  // A map (config, properties) goes whole, merged over what is there: LXD 5.0 takes a project
  // PATCH's config as the whole config.
  const body = Object.fromEntries(
    Object.entries(patch).map(([key, value]) => [key, value && typeof value === 'object' ? { ...current?.[key], ...value } : value]),
  );
  await api(NAME, 'PATCH', apiPath, body);
}

async function ensureImages() {
  // The sandbox imported the local busybox image as "busybox"; give it a second alias and a description.
  const busybox = await api(NAME, 'GET', '/1.0/images/aliases/busybox');
  if (!(await exists('/1.0/images/aliases/busybox%2Fstable'))) {
    console.log('  image alias busybox/stable');
    created += 1;
    await api(NAME, 'POST', '/1.0/images/aliases', { name: 'busybox/stable', target: busybox.target, description: 'The image the demo containers run' });
  }
  // A second image (the same root filesystem, other metadata) with its own aliases.
  if (!(await exists('/1.0/images/aliases/toolbox'))) {
    console.log('  image toolbox (aliases toolbox, toolbox/edge)');
    created += 1;
    const tarball = buildVariant(buildBusyboxImage(), 'tools', () => {});
    lxc(NAME, ['image', 'import', tarball, '--alias', 'toolbox', '--quiet']);
  }
  const toolbox = await api(NAME, 'GET', '/1.0/images/aliases/toolbox');
  // An alias with a slash is one path segment, encoded. Made with its description: LXD 5.0 timed
  // out ("context deadline exceeded") on a PATCH of such an alias here.
  if (!(await exists('/1.0/images/aliases/toolbox%2Fedge'))) {
    console.log('  image alias toolbox/edge');
    created += 1;
    await api(NAME, 'POST', '/1.0/images/aliases', { name: 'toolbox/edge', target: toolbox.target, description: 'Newest tools build' });
  }
  await ensurePatched(
    `/1.0/images/${toolbox.target}`,
    { properties: { description: 'Busybox with the tools variant, for debugging', os: 'Busybox', release: 'tools', variant: 'tools' } },
    'description of image toolbox',
  );
}

async function ensureStorage() {
  if (!(await exists('/1.0/storage-pools/default/volumes/custom/data'))) {
    console.log('  storage volume default/data');
    created += 1;
    lxc(NAME, ['storage', 'volume', 'create', 'default', 'data']);
  }
  if (!(await exists(`/1.0/storage-pools/${SECOND_POOL}`))) {
    const source = path.join(sandboxPaths(NAME).dir, 'pools', SECOND_POOL);
    mkdirSync(source, { recursive: true });
    console.log(`  storage pool ${SECOND_POOL} (dir, ${source})`);
    created += 1;
    await api(NAME, 'POST', '/1.0/storage-pools', {
      name: SECOND_POOL,
      driver: 'dir',
      description: 'Second pool for application data',
      config: { source },
    });
  }
  const volumes = [
    { name: 'media', description: 'Uploaded media files', snapshots: ['weekly', 'before-migration'] },
    { name: 'logs', description: 'Collected logs, kept 30 days' },
    { name: 'backups', description: 'Database dumps', config: { 'snapshots.expiry': '2w' } },
  ];
  for (const volume of volumes) {
    const volumePath = `/1.0/storage-pools/${SECOND_POOL}/volumes/custom/${volume.name}`;
    if (!(await exists(volumePath))) {
      console.log(`  storage volume ${SECOND_POOL}/${volume.name}`);
      created += 1;
      await api(NAME, 'POST', `/1.0/storage-pools/${SECOND_POOL}/volumes/custom`, {
        name: volume.name,
        description: volume.description,
        config: volume.config ?? {},
      });
    }
    const snapshots = await api(NAME, 'GET', `${volumePath}/snapshots`);
    for (const snap of volume.snapshots ?? []) {
      if (snapshots.some((url) => url.endsWith(`/${snap}`))) continue;
      console.log(`  volume snapshot ${SECOND_POOL}/${volume.name}/${snap}`);
      created += 1;
      await api(NAME, 'POST', `${volumePath}/snapshots`, { name: snap });
    }
  }
}

async function ensureNetworks() {
  // Bridges without addresses only: nothing the demo makes routes anywhere.
  const networks = [
    { name: FRONT_BRIDGE, description: 'Front-end traffic (isolated bridge, no addresses)' },
    { name: BACK_BRIDGE, description: 'Back-end services (isolated bridge, no addresses)' },
  ];
  for (const network of networks) {
    if (await exists(`/1.0/networks/${network.name}`)) continue;
    console.log(`  network ${network.name}`);
    created += 1;
    await api(NAME, 'POST', '/1.0/networks', {
      name: network.name,
      type: 'bridge',
      description: network.description,
      config: { 'ipv4.address': 'none', 'ipv6.address': 'none' },
    });
  }
  if (!(await exists('/1.0/network-acls/web-ingress'))) {
    console.log('  network ACL web-ingress');
    created += 1;
    await api(NAME, 'POST', '/1.0/network-acls', {
      name: 'web-ingress',
      description: 'HTTP(S) in, DNS out, everything else dropped',
      config: {},
      ingress: [
        { action: 'allow', state: 'enabled', protocol: 'tcp', destination_port: '80,443', description: 'Web traffic' },
        { action: 'allow', state: 'enabled', protocol: 'icmp4', icmp_type: '8', description: 'Ping' },
        { action: 'reject', state: 'logged', source: '203.0.113.0/24', description: 'Known scanners (documentation range)' },
      ],
      egress: [
        { action: 'allow', state: 'enabled', protocol: 'udp', destination_port: '53', description: 'DNS' },
        { action: 'drop', state: 'disabled', description: 'Drop the rest (switched off for now)' },
      ],
    });
  }
}

async function ensureProfiles() {
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
  if (!(await exists('/1.0/profiles/webserver'))) {
    console.log('  profile webserver');
    created += 1;
    await api(NAME, 'POST', '/1.0/profiles', {
      name: 'webserver',
      description: 'Front-end NIC and the media volume at /srv/media',
      config: { 'boot.autostart': 'true' },
      devices: {
        eth1: { type: 'nic', network: FRONT_BRIDGE, name: 'eth1' },
        media: { type: 'disk', pool: SECOND_POOL, source: 'media', path: '/srv/media' },
      },
    });
  }
}

async function ensureProjects() {
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
  await ensurePatched('/1.0/projects/staging', { config: { 'limits.instances': '5' } }, 'project staging: limits.instances=5');
  if (!(await exists('/1.0/projects/lab'))) {
    console.log('  project lab (limits)');
    created += 1;
    // Memory and CPU limits on a project require every instance in it to set them, so the
    // project has its own default profile that does.
    await api(NAME, 'POST', '/1.0/projects', {
      name: 'lab',
      description: 'Experiments, with quotas',
      config: {
        'features.images': 'false',
        'features.profiles': 'true',
        'limits.instances': '4',
        'limits.containers': '4',
        'limits.memory': '1GiB',
        'limits.cpu': '4',
        'limits.processes': '2000',
      },
    });
    await api(NAME, 'PUT', '/1.0/profiles/default?project=lab', {
      description: 'Default profile of the lab project (within its quotas)',
      config: { 'limits.memory': '128MiB', 'limits.cpu': '1', 'limits.processes': '200' },
      devices: {
        root: { type: 'disk', path: '/', pool: 'default' },
        eth0: { type: 'nic', network: BACK_BRIDGE, name: 'eth0' },
      },
    });
  }
}

async function populate() {
  console.log('Demo content:');
  await ensureImages();
  await ensureStorage();
  await ensureNetworks();
  await ensureProfiles();
  await ensureProjects();
  await ensureInstance('web-01', { running: true, profiles: ['default', 'webserver'] });
  await ensureInstance('web-02', { running: true, profiles: ['default', 'small'] });
  await ensureInstance('db-01', { running: true });
  await ensureInstance('backup-01', { running: false });
  await ensureInstance('legacy-app', { running: false });
  const descriptions = {
    'web-01': 'Public web front end',
    'web-02': 'Second web front end, small profile',
    'db-01': 'Main database',
    'backup-01': 'Nightly backup runner (started by its schedule)',
    'legacy-app': 'Old application kept for reference',
  };
  for (const [name, description] of Object.entries(descriptions)) {
    await ensurePatched(`/1.0/instances/${name}`, { description }, `description of ${name}`);
  }

  const snapshots = await api(NAME, 'GET', '/1.0/instances/db-01/snapshots');
  for (const snap of ['before-upgrade', 'nightly']) {
    if (!snapshots.some((url) => url.endsWith(`/${snap}`))) {
      console.log(`  snapshot db-01/${snap}`);
      created += 1;
      lxc(NAME, ['snapshot', 'db-01', snap]);
    }
  }

  await ensureInstance('stage-web', { running: true, project: 'staging' });
  await ensureInstance('lab-01', { running: true, project: 'lab' });
  await ensureInstance('lab-02', { running: false, project: 'lab' });
  if (created === 0) console.log('  everything already there');
}

/** The address to open: `?readonly=1` before the `#` (hash navigation keeps it), the wall route after it. */
function demoUrl(base, { readonly = false, wall = false } = {}) {
  return `${base}${readonly ? '?readonly=1' : ''}${wall ? '#/wall' : ''}`;
}

function printInstructions(state) {
  const url = demoUrl(state.url, options);
  const lines = [
    '',
    `lxdeck demo is running at ${url}`,
    ...(options.readonly ? ['  (read-only mode: every control that changes something is disabled; a guard in the page, not security)'] : []),
    ...(options.wall ? ['  (the wall screen: large type, no interaction needed)'] : []),
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
    `Then open ${url}, accept the self-signed server certificate`,
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
