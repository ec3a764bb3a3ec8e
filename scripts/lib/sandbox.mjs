// A private, throw-away LXD daemon per sandbox name (.sandbox/<name>/), serving the built
// dashboard at https://127.0.0.1:<port>/ui/ and trusting a generated client certificate.
// Used by the sandbox CLI, the demo, the e2e runner and the Playwright fixtures.
import { execFile, spawn, spawnSync } from 'node:child_process';
import { X509Certificate, createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import process from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { lxdRequest } from './lxd-request.mjs';
import { SetupError } from './system.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SANDBOX_ROOT = path.join(ROOT, '.sandbox');
export const DEFAULT_NAME = 'demo';
export const DEFAULT_PORT = 18443;
/** The test CA of the loopback image servers (scripts/lib/imageServer.mjs), shared by all sandboxes. */
export const TEST_CA_DIR = path.join(SANDBOX_ROOT, '.testca');
const IMAGE_ALIAS = 'busybox';
// Bump when the image recipe changes so cached tarballs are rebuilt.
const IMAGE_RECIPE = 2;

const SBIN_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

// ---------------------------------------------------------------------------------------
// Names and paths

export function validateName(name) {
  if (typeof name !== 'string' || !/^[a-z0-9][a-z0-9-]{0,30}$/.test(name)) {
    throw new SetupError(
      `Invalid sandbox name ${JSON.stringify(name)}: use 1-31 lowercase letters, digits or hyphens.`,
    );
  }
  return name;
}

/**
 * Host interface names are global and at most 15 characters. The bridge name carries the
 * sandbox name for humans plus a short hash of checkout path and name, so the demo and e2e
 * sandboxes, or the same sandbox name in two checkouts, never share a bridge.
 */
export function bridgeName(name) {
  const clean = name.replace(/[^a-z0-9]/g, '').slice(0, 7);
  const hash = createHash('sha256').update(`${ROOT}\0${name}`).digest('hex').slice(0, 4);
  return `lxdk${clean}${hash}`;
}

export function sandboxPaths(name) {
  validateName(name);
  const dir = path.join(SANDBOX_ROOT, name);
  const certDir = path.join(dir, 'certs');
  return {
    dir,
    lxdDir: path.join(dir, 'lxd'),
    lxcConf: path.join(dir, 'lxc-config'),
    socket: path.join(dir, 'lxd', 'unix.socket'),
    log: path.join(dir, 'lxd.log'),
    stdoutLog: path.join(dir, 'lxd.out'),
    pidFile: path.join(dir, 'lxd.pid'),
    stateFile: path.join(dir, 'state.json'),
    certDir,
    cert: path.join(certDir, 'client.crt'),
    key: path.join(certDir, 'client.key'),
    p12: path.join(certDir, 'client.p12'),
    p12PasswordFile: path.join(certDir, 'client.p12.password'),
    ui: path.join(ROOT, 'dist'),
    bridge: bridgeName(name),
  };
}

export function readState(name) {
  const { stateFile } = sandboxPaths(name);
  try {
    return JSON.parse(readFileSync(stateFile, 'utf8'));
  } catch {
    return null;
  }
}

function makeLogger(name, quiet) {
  return quiet ? () => {} : (msg) => console.log(`[sandbox ${name}] ${msg}`);
}

// ---------------------------------------------------------------------------------------
// Talking to the daemon over its unix socket (root-only, no certificate needed)

/** One request to the daemon's REST API over its unix socket. Resolves {status, headers, body}. */
export function unixRequest(name, method, apiPath, body, { timeoutMs = 60_000 } = {}) {
  return lxdRequest({ socketPath: sandboxPaths(name).socket, method, path: apiPath, body, timeoutMs });
}

/** Like unixRequest, but throws on errors and waits for async operations to finish. */
export async function api(name, method, apiPath, body) {
  const res = await unixRequest(name, method, apiPath, body);
  if (res.status >= 400 || res.body?.type === 'error') {
    throw new Error(`LXD ${method} ${apiPath}: ${res.status} ${res.body?.error ?? JSON.stringify(res.body)}`);
  }
  if (res.body?.type === 'async') {
    const opId = res.body.metadata?.id ?? String(res.body.operation).split('/').pop();
    const op = await unixRequest(name, 'GET', `/1.0/operations/${opId}/wait?timeout=120`, undefined, {
      timeoutMs: 130_000,
    });
    const meta = op.body?.metadata;
    if (op.status >= 400 || meta?.status_code >= 400) {
      throw new Error(`LXD ${method} ${apiPath}: operation failed: ${meta?.err || op.body?.error}`);
    }
    return meta;
  }
  return res.body?.metadata;
}

async function answers(name) {
  if (!existsSync(sandboxPaths(name).socket)) return false;
  try {
    const res = await unixRequest(name, 'GET', '/1.0', undefined, { timeoutMs: 3000 });
    return res.status === 200;
  } catch {
    return false;
  }
}

/**
 * Runs the `lxc` CLI against this sandbox's daemon and returns its stdout; throws with its
 * stderr on failure. Synchronous on purpose: callers (tests included) can rely on the
 * change having happened when it returns, without awaiting anything.
 */
export function lxc(name, args, opts = {}) {
  const p = sandboxPaths(name);
  const res = spawnSync('lxc', args, {
    env: { ...process.env, PATH: `${process.env.PATH ?? ''}:${SBIN_PATH}`, LXD_DIR: p.lxdDir, LXD_CONF: p.lxcConf },
    input: opts.input ?? '',
    timeout: opts.timeout ?? 120_000,
    maxBuffer: 64 * 1024 * 1024,
    encoding: 'utf8',
  });
  if (res.status !== 0) {
    const why = (res.stderr || '').trim() || res.error?.message || `exit ${res.status ?? res.signal}`;
    throw new Error(`lxc ${args.join(' ')}: ${why}`);
  }
  return res.stdout;
}

// ---------------------------------------------------------------------------------------
// Processes

function daemonEnv(p) {
  // Go reads SSL_CERT_FILE instead of the system store: the bundle adds the test image servers' CA.
  const bundle = path.join(TEST_CA_DIR, 'bundle.crt');
  return {
    ...process.env,
    ...(existsSync(bundle) ? { SSL_CERT_FILE: bundle } : {}),
    PATH: `${process.env.PATH ?? ''}:${SBIN_PATH}`,
    LXD_DIR: p.lxdDir,
    LXD_UI: p.ui,
    LXD_CONF: p.lxcConf,
    // The sandbox has no business outside this machine, but LXD fetches instance types from the
    // internet at start-up. A dead proxy on loopback makes that fail at once, without the daemon
    // resolving or contacting any outside host; loopback (test image servers) stays direct.
    https_proxy: 'http://127.0.0.1:9',
    http_proxy: 'http://127.0.0.1:9',
    HTTPS_PROXY: 'http://127.0.0.1:9',
    HTTP_PROXY: 'http://127.0.0.1:9',
    no_proxy: '127.0.0.1,localhost,::1',
    NO_PROXY: '127.0.0.1,localhost,::1',
  };
}

function readProc(pid, file) {
  try {
    return readFileSync(`/proc/${pid}/${file}`);
  } catch {
    return null;
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    // A zombie still "exists" for kill(0); treat it as gone.
    const stat = readProc(pid, 'stat')?.toString('utf8') ?? '';
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return false;
  }
}

/**
 * Every process that belongs to this sandbox: the daemon, its helpers and container monitors.
 * Only LXD's own executables count, so a shell that merely exported this LXD_DIR (or a
 * `tail` of its log) is never mistaken for part of the sandbox.
 */
function sandboxProcesses(name) {
  const p = sandboxPaths(name);
  const found = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid === process.pid) continue;
    let exe = '';
    try {
      exe = path.basename(readlinkSync(`/proc/${pid}/exe`)).replace(/ \(deleted\)$/, '');
    } catch {
      continue; // kernel thread, zombie or gone
    }
    if (exe !== 'lxd' && exe !== 'dnsmasq') continue;
    const cmdline = readProc(pid, 'cmdline')?.toString('utf8').replaceAll('\0', ' ') ?? '';
    const environ = readProc(pid, 'environ')?.toString('utf8').split('\0') ?? [];
    if (cmdline.includes(`${p.lxdDir}/`) || cmdline.includes(`${p.lxdDir} `) || environ.includes(`LXD_DIR=${p.lxdDir}`)) {
      found.push({ pid, cmdline: cmdline.trim() });
    }
  }
  return found;
}

/** Pid of this sandbox's main daemon process, or null. */
export function daemonPid(name) {
  const p = sandboxPaths(name);
  const fromFile = Number(readFileSafe(p.pidFile));
  const isDaemon = (pid) => {
    const argv = readProc(pid, 'cmdline')?.toString('utf8').split('\0') ?? [];
    const environ = readProc(pid, 'environ')?.toString('utf8').split('\0') ?? [];
    return path.basename(argv[0] ?? '') === 'lxd' && argv.includes('--group') && environ.includes(`LXD_DIR=${p.lxdDir}`);
  };
  if (fromFile > 0 && alive(fromFile) && isDaemon(fromFile)) return fromFile;
  for (const { pid } of sandboxProcesses(name)) {
    if (alive(pid) && isDaemon(pid)) return pid;
  }
  return null;
}

function readFileSafe(file) {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
}

function portFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ port, host: '127.0.0.1', exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

function portAnswers(port) {
  return new Promise((resolve) => {
    const sock = net.connect({ port, host: '127.0.0.1' });
    sock.setTimeout(1000);
    sock.once('connect', () => {
      sock.destroy();
      resolve(true);
    });
    sock.once('timeout', () => {
      sock.destroy();
      resolve(false);
    });
    sock.once('error', () => resolve(false));
  });
}

/** Which other sandbox (if any) claims a port, for a more helpful "port taken" message. */
function sandboxOnPort(port, except) {
  if (!existsSync(SANDBOX_ROOT)) return null;
  for (const other of readdirSync(SANDBOX_ROOT)) {
    if (other === except || other.startsWith('.')) continue;
    try {
      if (readState(other)?.port === port) return other;
    } catch {
      // not a sandbox dir
    }
  }
  return null;
}

async function assertPortFree(name, port) {
  if (await portFree(port)) return;
  const other = sandboxOnPort(port, name);
  const who = other ? `the sandbox "${other}"` : 'another program';
  throw new SetupError(
    `Port ${port} on 127.0.0.1 is already in use by ${who}.\n` +
      `Choose another port with --port, e.g.: node scripts/sandbox.mjs up --name ${name} --port ${port + 1}`,
  );
}

function configuredPort(name) {
  const state = readState(name);
  return typeof state?.port === 'number' ? state.port : null;
}

function logTail(file, lines = 20) {
  const text = readFileSafe(file);
  return text.split('\n').slice(-lines).join('\n');
}

/**
 * Starts the sandbox daemon (same LXD_DIR and port as before) and waits until it answers
 * on its unix socket and, once configured, on its HTTPS port. No-op when it already runs.
 */
export async function startDaemon(name, { port, quiet = true } = {}) {
  const p = sandboxPaths(name);
  const log = makeLogger(name, quiet);
  if (await answers(name)) return daemonPid(name);
  const httpsPort = port ?? configuredPort(name);
  if (httpsPort) await assertPortFree(name, httpsPort);

  mkdirSync(p.lxdDir, { recursive: true });
  // LXD serves /ui/ only if LXD_UI exists when the daemon starts; vite empties dist/
  // in place, so creating it up front keeps /ui/ served across later builds.
  mkdirSync(p.ui, { recursive: true });
  chmodSync(p.lxdDir, 0o711);

  const out = openSync(p.stdoutLog, 'a');
  const child = spawn('lxd', ['--group', 'root', '--logfile', p.log], {
    env: daemonEnv(p),
    detached: true, // own process group: survives our exit, and down can kill the whole group
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  child.unref();
  writeFileSync(p.pidFile, `${child.pid}\n`);
  log(`started lxd (pid ${child.pid})`);

  let waiter;
  const ready = new Promise((resolve, reject) => {
    waiter = execFile('lxd', ['waitready', '--timeout', '30'], { env: daemonEnv(p) }, (err, _o, stderr) =>
      err ? reject(new Error(`lxd waitready: ${String(stderr).trim() || err.message}`)) : resolve(),
    );
  });
  ready.catch(() => {}); // when the daemon dies first, its outcome no longer matters
  const first = await Promise.race([ready.then(() => null), exited]);
  if (first) {
    waiter?.kill();
    // The log and stdout carry the same lines; the error lines are what matters.
    const errors = logTail(p.log, 50).split('\n').filter((l) => l.includes('level=error')).slice(-5).join('\n');
    throw new SetupError(
      `lxd exited during start-up (${first.signal ?? `code ${first.code}`}):\n${errors || logTail(p.stdoutLog, 10)}\n` +
        `Full log: ${p.log}`,
    );
  }
  if (httpsPort && (await httpsAddressPort(name)) === httpsPort) {
    await waitFor(() => portAnswers(httpsPort), 20_000, `LXD to listen on 127.0.0.1:${httpsPort}`);
  }
  return child.pid;
}

async function waitFor(check, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`Timed out after ${timeoutMs / 1000}s waiting for ${what}`);
}

async function waitGone(pids, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (pids.every((pid) => !alive(pid))) return true;
    await sleep(100);
  }
  return pids.every((pid) => !alive(pid));
}

function killAll(pids, signal) {
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

/**
 * Stops the sandbox daemon cleanly (`lxd shutdown` stops its containers first), falling back
 * to killing its process group; returns once nothing of the sandbox runs any more.
 */
export async function stopDaemon(name, { quiet = true, timeoutSeconds = 60 } = {}) {
  const p = sandboxPaths(name);
  const log = makeLogger(name, quiet);
  const pid = daemonPid(name);
  const asked = await answers(name);
  if (asked) {
    const res = spawnSync('lxd', ['shutdown', '--timeout', String(timeoutSeconds)], {
      env: daemonEnv(p),
      encoding: 'utf8',
      timeout: (timeoutSeconds + 10) * 1000,
    });
    if (res.status !== 0) log(`lxd shutdown did not finish cleanly: ${(res.stderr || res.error?.message || '').trim()}`);
  }
  // A daemon that no longer answers cannot be asked to shut down: terminate it at once.
  if (pid && !(await waitGone([pid], asked ? 15_000 : 0))) {
    log(`daemon ${pid} still running; terminating its process group`);
    killAll([-pid], 'SIGTERM');
    if (!(await waitGone([pid], 10_000))) killAll([-pid], 'SIGKILL');
    await waitGone([pid], 5_000);
  }
  // Container monitors leave the daemon's process group; make sure none outlives it.
  const leftovers = sandboxProcesses(name).map((x) => x.pid);
  if (leftovers.length > 0) {
    log(`killing leftover processes: ${leftovers.join(' ')}`);
    killAll(leftovers, 'SIGKILL');
    await waitGone(leftovers, 5_000);
  }
  rmSync(p.pidFile, { force: true });
  await waitFor(async () => !(await answers(name)), 10_000, 'LXD to stop answering');
  return pid;
}

// ---------------------------------------------------------------------------------------
// First-start configuration

async function httpsAddressPort(name) {
  try {
    const info = await api(name, 'GET', '/1.0');
    const addr = info?.config?.['core.https_address'] ?? '';
    const m = /:(\d+)$/.exec(addr);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

function preseedFor(name, port) {
  const { bridge } = sandboxPaths(name);
  // JSON is valid YAML, so the preseed needs no YAML library.
  return JSON.stringify(
    {
      config: { 'core.https_address': `127.0.0.1:${port}` },
      networks: [
        // No addresses: test networks must not route anything (see LXD-NOTES).
        { name: bridge, type: 'bridge', config: { 'ipv4.address': 'none', 'ipv6.address': 'none' } },
      ],
      storage_pools: [{ name: 'default', driver: 'dir' }],
      profiles: [
        {
          name: 'default',
          description: 'Default LXD profile',
          devices: {
            root: { path: '/', pool: 'default', type: 'disk' },
            eth0: { name: 'eth0', network: bridge, type: 'nic' },
          },
        },
      ],
    },
    null,
    2,
  );
}

async function ensureInitialized(name, port, log, preseed) {
  const pool = await unixRequest(name, 'GET', '/1.0/storage-pools/default');
  if (pool.status === 200) return false;
  const p = sandboxPaths(name);
  log(preseed ? 'first start: applying the given preseed' : 'first start: applying preseed (dir pool "default", bridge ' + p.bridge + ', default profile)');
  const res = spawnSync('lxd', ['init', '--preseed'], {
    env: daemonEnv(p),
    input: preseed ? JSON.stringify(await preseed()) : preseedFor(name, port),
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (res.status !== 0) throw new Error(`lxd init --preseed failed: ${(res.stderr || res.stdout).trim()}`);
  return true;
}

async function ensurePort(name, port, log) {
  const current = await httpsAddressPort(name);
  if (current === port) return;
  await assertPortFree(name, port);
  log(`moving HTTPS listener to 127.0.0.1:${port}`);
  await api(name, 'PATCH', '/1.0', { config: { 'core.https_address': `127.0.0.1:${port}` } });
  await waitFor(() => portAnswers(port), 20_000, `LXD to listen on 127.0.0.1:${port}`);
}

// ---------------------------------------------------------------------------------------
// Client certificate

function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  if (res.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed: ${(res.stderr || res.error?.message || '').trim()}`);
  }
  return res.stdout;
}

/** Generates an EC P-384 client certificate, its key and a .p12 bundle; keeps existing ones. */
export function ensureClientCertificate(name, log = () => {}) {
  const p = sandboxPaths(name);
  mkdirSync(p.certDir, { recursive: true, mode: 0o700 });
  if (!existsSync(p.cert) || !existsSync(p.key)) {
    log(`generating client certificate CN=lxdeck-${name}`);
    const conf = path.join(p.certDir, 'openssl.cnf');
    // An own config so the certificate is a plain client certificate: the stock
    // config's `req -x509` defaults would mark it as a CA.
    writeFileSync(
      conf,
      [
        '[req]',
        'distinguished_name = dn',
        'x509_extensions = ext',
        'prompt = no',
        '[dn]',
        `CN = lxdeck-${name}`,
        '[ext]',
        'basicConstraints = critical, CA:FALSE',
        'keyUsage = critical, digitalSignature',
        'extendedKeyUsage = clientAuth',
        'subjectKeyIdentifier = hash',
        '',
      ].join('\n'),
    );
    run('openssl', [
      'req', '-x509', '-config', conf, '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:secp384r1',
      '-nodes', '-keyout', p.key, '-out', p.cert, '-days', '3650', '-sha384',
    ]);
    chmodSync(p.key, 0o600);
    rmSync(p.p12, { force: true });
  }
  if (!existsSync(p.p12) || !existsSync(p.p12PasswordFile)) {
    const password = randomBytes(12).toString('base64url');
    writeFileSync(p.p12PasswordFile, `${password}\n`, { mode: 0o600 });
    // OpenSSL 3 defaults to AES-256/PBKDF2 with a SHA-256 MAC, which macOS Keychain
    // (and older Windows) reject as a "wrong password"; SHA1-3DES with a SHA-1 MAC is the
    // combination Chrome, Firefox, macOS and Windows all import.
    run(
      'openssl',
      [
        'pkcs12', '-export', '-in', p.cert, '-inkey', p.key, '-out', p.p12, '-name', `lxdeck-${name}`,
        '-certpbe', 'PBE-SHA1-3DES', '-keypbe', 'PBE-SHA1-3DES', '-macalg', 'sha1', '-passout', 'env:LXDECK_P12_PASSWORD',
      ],
      { env: { ...process.env, LXDECK_P12_PASSWORD: password } },
    );
    chmodSync(p.p12, 0o600);
  }
  return { cert: p.cert, key: p.key, p12: p.p12, p12Password: readFileSafe(p.p12PasswordFile) };
}

/** SHA-256 fingerprint of a PEM certificate, as LXD writes it (lowercase hex, no colons). */
export function certFingerprint(pemFile) {
  return new X509Certificate(readFileSync(pemFile)).fingerprint256.replaceAll(':', '').toLowerCase();
}

async function ensureTrusted(name, log) {
  const p = sandboxPaths(name);
  const fp = certFingerprint(p.cert);
  const existing = await unixRequest(name, 'GET', `/1.0/certificates/${fp}`);
  if (existing.status === 200) return;
  log('trusting client certificate');
  const der = new X509Certificate(readFileSync(p.cert)).raw.toString('base64');
  await api(name, 'POST', '/1.0/certificates', { type: 'client', name: `lxdeck-${name}`, certificate: der });
}

// ---------------------------------------------------------------------------------------
// Busybox image

function busyboxVersion() {
  const banner = run('/bin/busybox', []).split('\n')[0] ?? '';
  const m = /v(\d+)\.(\d+)/.exec(banner);
  return m ? `${m[1]}.${m[2]}` : 'unknown';
}

function hostArch() {
  const m = run('uname', ['-m']).trim();
  const debian = { x86_64: 'amd64', aarch64: 'arm64', armv7l: 'armhf', ppc64le: 'ppc64el', s390x: 's390x', riscv64: 'riscv64' };
  return { lxd: m, debian: debian[m] ?? m };
}

// PID 1 of the container. LXD stops a container by sending SIGPWR to init and waiting for
// it to exit, so init traps it (and TERM/INT) and exits at once; a plain `sleep` loop would
// ignore the signal and every `lxc stop` would hang until LXD's timeout.
const INIT_SCRIPT = `#!/bin/sh
trap 'exit 0' PWR TERM INT
mountpoint -q /proc || mount -t proc proc /proc
ip link set lo up 2>/dev/null
while :; do
  sleep 2147483647 &
  wait $!
done
`;

/** Builds (or reuses from .sandbox/.cache) a unified LXD image tarball from /bin/busybox. */
export function buildBusyboxImage(log = () => {}) {
  const binary = readFileSync('/bin/busybox');
  const sum = createHash('sha256').update(binary).digest('hex').slice(0, 12);
  const cacheDir = path.join(SANDBOX_ROOT, '.cache');
  const tarball = path.join(cacheDir, `busybox-${sum}-r${IMAGE_RECIPE}.tar.gz`);
  if (existsSync(tarball)) return tarball;
  mkdirSync(cacheDir, { recursive: true });
  log('building busybox image from /bin/busybox');
  const work = mkdtempSync(path.join(cacheDir, 'build-'));
  try {
    const rootfs = path.join(work, 'rootfs');
    for (const d of ['bin', 'sbin', 'usr/bin', 'usr/sbin', 'dev', 'proc', 'sys', 'tmp', 'root', 'etc', 'run', 'var/log', 'mnt']) {
      mkdirSync(path.join(rootfs, d), { recursive: true });
    }
    chmodSync(path.join(rootfs, 'tmp'), 0o1777);
    chmodSync(path.join(rootfs, 'root'), 0o700);
    writeFileSync(path.join(rootfs, 'bin/busybox'), binary, { mode: 0o755 });
    // --list-full gives each applet's usual FHS location (bin/ls, usr/bin/env, ...).
    for (const applet of run('/bin/busybox', ['--list-full']).split('\n').map((s) => s.trim())) {
      if (!applet || applet === 'sbin/init' || applet === 'linuxrc' || applet === 'bin/busybox') continue;
      const target = path.join(rootfs, applet);
      mkdirSync(path.dirname(target), { recursive: true });
      if (!existsSync(target)) symlinkSync('/bin/busybox', target);
    }
    writeFileSync(path.join(rootfs, 'sbin/init'), INIT_SCRIPT, { mode: 0o755 });
    writeFileSync(path.join(rootfs, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\n');
    writeFileSync(path.join(rootfs, 'etc/group'), 'root:x:0:\n');
    writeFileSync(path.join(rootfs, 'etc/hostname'), 'busybox\n');
    writeFileSync(path.join(rootfs, 'etc/profile'), 'export PATH=/usr/sbin:/usr/bin:/sbin:/bin\nexport PS1=\'\\h:\\w\\$ \'\n');
    const version = busyboxVersion();
    const arch = hostArch();
    writeFileSync(
      path.join(work, 'metadata.yaml'),
      [
        `architecture: ${arch.lxd}`,
        `creation_date: ${Math.floor(Date.now() / 1000)}`,
        'properties:',
        `  architecture: ${arch.debian}`,
        `  description: Busybox ${version} ${arch.debian}`,
        '  os: Busybox',
        `  release: "${version}"`,
        '  variant: default',
        '',
      ].join('\n'),
    );
    const partial = `${tarball}.partial`;
    run('tar', ['-C', work, '--numeric-owner', '--owner=0', '--group=0', '-czf', partial, 'metadata.yaml', 'rootfs']);
    renameSync(partial, tarball);
    return tarball;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function ensureImage(name, log) {
  const alias = await unixRequest(name, 'GET', `/1.0/images/aliases/${IMAGE_ALIAS}`);
  if (alias.status === 200) return;
  const tarball = buildBusyboxImage(log);
  log(`importing ${path.basename(tarball)} as alias "${IMAGE_ALIAS}"`);
  lxc(name, ['image', 'import', tarball, '--alias', IMAGE_ALIAS, '--quiet']);
}

// ---------------------------------------------------------------------------------------
// Public entry points

function stateFor(name, port) {
  const p = sandboxPaths(name);
  return {
    url: `https://127.0.0.1:${port}/ui/`,
    port,
    lxdDir: p.lxdDir,
    cert: p.cert,
    key: p.key,
    p12: p.p12,
    p12Password: readFileSafe(p.p12PasswordFile),
  };
}

/**
 * Starts (or reuses) the sandbox and makes sure it is fully set up: preseed, trusted client
 * certificate, busybox image. Returns the state also written to .sandbox/<name>/state.json.
 * `preseed` (async, called only on the first start) replaces the standalone preseed, e.g. to
 * create or join a cluster (scripts/lib/cluster.mjs).
 */
export async function sandboxUp({ name = DEFAULT_NAME, port, quiet = false, preseed } = {}) {
  validateName(name);
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new SetupError('The sandbox runs its own LXD daemon, which needs root: run this command with sudo.');
  }
  const log = makeLogger(name, quiet);
  const p = sandboxPaths(name);
  const wantedPort = port ?? configuredPort(name) ?? DEFAULT_PORT;
  const running = await answers(name);
  // A stopped sandbox remembers its old port; make sure the wanted one is free first.
  if (!running) await assertPortFree(name, wantedPort);
  mkdirSync(p.dir, { recursive: true });
  ensureClientCertificate(name, log);

  if (running) {
    log(`daemon already running (pid ${daemonPid(name) ?? '?'}), reusing it`);
  } else {
    const oldPort = configuredPort(name);
    if (oldPort !== null && oldPort !== wantedPort && !(await portFree(oldPort))) {
      throw new SetupError(
        `Sandbox "${name}" was configured for port ${oldPort}, which is now taken; its daemon cannot start there.\n` +
          `Free the port or purge the sandbox: node scripts/sandbox.mjs down --name ${name} --purge`,
      );
    }
    await startDaemon(name, { quiet });
  }
  await ensureInitialized(name, wantedPort, log, preseed);
  await ensurePort(name, wantedPort, log);
  await ensureTrusted(name, log);
  await ensureImage(name, log);

  const state = stateFor(name, wantedPort);
  writeFileSync(p.stateFile, `${JSON.stringify(state, null, 2)}\n`);
  return state;
}

/** Unmounts anything LXD left mounted under the sandbox dir, so deleting it cannot reach outside. */
function unmountUnder(dir) {
  const mounts = readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map((line) => line.split(' ')[4])
    .filter((mp) => mp && (mp === dir || mp.startsWith(`${dir}/`)))
    .map((mp) => mp.replace(/\\(\d{3})/g, (_, o) => String.fromCharCode(parseInt(o, 8))));
  // Deepest first.
  for (const mp of mounts.sort((a, b) => b.length - a.length)) {
    spawnSync('umount', ['-l', mp]);
  }
  const left = readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .some((line) => {
      const mp = line.split(' ')[4];
      return mp && (mp === dir || mp.startsWith(`${dir}/`));
    });
  if (left) throw new Error(`Refusing to delete ${dir}: something is still mounted under it`);
}

function deleteBridge(bridge, log) {
  if (!existsSync(`/sys/class/net/${bridge}`)) return;
  log(`deleting host bridge ${bridge}`);
  spawnSync('ip', ['link', 'delete', bridge], { stdio: 'ignore' });
}

/** Stops the sandbox daemon; with purge also deletes .sandbox/<name> and its host bridge. */
export async function sandboxDown({ name = DEFAULT_NAME, purge = false, quiet = false } = {}) {
  validateName(name);
  const log = makeLogger(name, quiet);
  const p = sandboxPaths(name);
  // The bridges LXD manages for this sandbox, asked before it stops (LXD removes them on a
  // clean shutdown, but not when it crashed or had to be killed).
  const bridges = new Set([p.bridge]);
  if (purge && (await answers(name))) {
    try {
      const networks = await api(name, 'GET', '/1.0/networks?recursion=1');
      for (const n of networks) if (n.managed && n.type === 'bridge') bridges.add(n.name);
    } catch {
      // fall back to the derived name
    }
  }
  const pid = await stopDaemon(name, { quiet });
  log(pid ? `daemon ${pid} stopped` : 'daemon was not running');
  if (purge) {
    for (const bridge of bridges) deleteBridge(bridge, log);
    if (existsSync(p.dir)) {
      unmountUnder(p.dir);
      rmSync(p.dir, { recursive: true, force: true });
      log(`deleted ${path.relative(ROOT, p.dir)}`);
    }
  }
}

/** {name, running, pid, url, port, instances} for the CLI's `status`. */
export async function sandboxStatus({ name = DEFAULT_NAME } = {}) {
  validateName(name);
  const state = readState(name);
  const running = await answers(name);
  let instances = null;
  if (running) {
    try {
      instances = (await api(name, 'GET', '/1.0/instances?all-projects=true')).length;
    } catch {
      instances = null;
    }
  }
  return {
    name,
    running,
    pid: running ? daemonPid(name) : null,
    url: state?.url ?? null,
    port: state?.port ?? null,
    instances,
    lxdDir: sandboxPaths(name).lxdDir,
  };
}
