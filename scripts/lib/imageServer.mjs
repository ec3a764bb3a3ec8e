// A simplestreams image server on loopback for tests and the demo: static files over HTTPS with a
// certificate from a test CA. The LXD daemon trusts that CA through SSL_CERT_FILE (a bundle of the
// system store plus the test CA, see daemonEnv in sandbox.mjs), which it reads when it starts.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SANDBOX_ROOT, TEST_CA_DIR, buildBusyboxImage } from './sandbox.mjs';

const SYSTEM_BUNDLE = '/etc/ssl/certs/ca-certificates.crt';

function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${(res.stderr || res.error?.message || '').trim()}`);
  return res.stdout;
}

/**
 * The test CA, a server certificate for 127.0.0.1 signed by it, and the bundle (system store plus
 * the test CA) that LXD and lxc read through SSL_CERT_FILE. Kept in .sandbox/.testca and reused.
 */
export function ensureTestCa() {
  const dir = TEST_CA_DIR;
  const files = {
    caCert: path.join(dir, 'ca.crt'),
    caKey: path.join(dir, 'ca.key'),
    cert: path.join(dir, 'server.crt'),
    key: path.join(dir, 'server.key'),
    bundle: path.join(dir, 'bundle.crt'),
  };
  // .sandbox itself stays traversable (containers' root filesystems live below it); only the CA's
  // own folder is private.
  mkdirSync(SANDBOX_ROOT, { recursive: true });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!existsSync(files.caCert) || !existsSync(files.caKey)) {
    rmSync(files.cert, { force: true });
    run('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', files.caKey, '-out', files.caCert, '-days', '3650', '-subj', '/CN=lxdeck test image server CA',
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
    ]);
  }
  if (!existsSync(files.cert) || !existsSync(files.key)) {
    const csr = path.join(dir, 'server.csr');
    const ext = path.join(dir, 'server.ext');
    writeFileSync(
      ext,
      ['basicConstraints=critical,CA:FALSE', 'keyUsage=critical,digitalSignature', 'extendedKeyUsage=serverAuth', 'subjectAltName=IP:127.0.0.1,DNS:localhost', ''].join('\n'),
    );
    run('openssl', ['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', files.key, '-out', csr, '-subj', '/CN=127.0.0.1']);
    run('openssl', ['x509', '-req', '-in', csr, '-CA', files.caCert, '-CAkey', files.caKey, '-CAcreateserial', '-out', files.cert, '-days', '3650', '-extfile', ext]);
    rmSync(csr, { force: true });
  }
  const system = existsSync(SYSTEM_BUNDLE) ? readFileSync(SYSTEM_BUNDLE, 'utf8') : '';
  const bundle = `${system.trimEnd()}\n${readFileSync(files.caCert, 'utf8')}`;
  if (!existsSync(files.bundle) || readFileSync(files.bundle, 'utf8') !== bundle) writeFileSync(files.bundle, bundle);
  return files;
}

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** The busybox image again with another variant in its metadata, so it is a different image (fingerprint). */
export function buildVariant(base, variant, log) {
  const out = path.join(path.dirname(base), `${path.basename(base, '.tar.gz')}-${variant}.tar.gz`);
  if (existsSync(out)) return out;
  log(`building busybox variant "${variant}"`);
  const work = mkdtempSync(path.join(path.dirname(base), 'variant-'));
  try {
    run('tar', ['-C', work, '-xzf', base, 'metadata.yaml']);
    const meta = readFileSync(path.join(work, 'metadata.yaml'), 'utf8')
      .replace(/variant: .*/, `variant: ${variant}`)
      .replace(/description: (.*)/, `description: $1 (${variant})`);
    writeFileSync(path.join(work, 'metadata.yaml'), meta);
    // Same root filesystem, new metadata: re-pack by replacing metadata.yaml in a copy.
    const tar = path.join(work, 'image.tar');
    run('sh', ['-c', `gzip -dc "$1" > "$2"`, 'sh', base, tar]);
    run('tar', ['--delete', '-f', tar, 'metadata.yaml']);
    run('tar', ['-C', work, '--numeric-owner', '--owner=0', '--group=0', '-rf', tar, 'metadata.yaml']);
    run('gzip', ['-n', tar]);
    renameSync(`${tar}.gz`, out);
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const DEBIAN_ARCH = { x86_64: 'amd64', aarch64: 'arm64', armv7l: 'armhf', ppc64le: 'ppc64el', s390x: 's390x', riscv64: 'riscv64' };

/**
 * Writes the catalogue: two busybox container images (variants "default" and "tiny", both real)
 * and one virtual-machine product that is only listed (its files are not served). Returns what a
 * test needs to know about it.
 */
export function writeCatalogue(dir, log = () => {}) {
  // Both re-packed, so neither is the sandbox's own local busybox image (same fingerprint).
  const base = buildBusyboxImage(log);
  const plain = buildVariant(base, 'default', log);
  const tiny = buildVariant(base, 'tiny', log);
  const arch = DEBIAN_ARCH[run('uname', ['-m']).trim()] ?? 'amd64';
  const banner = run('/bin/busybox', []).split('\n')[0] ?? '';
  const release = /v(\d+\.\d+)/.exec(banner)?.[1] ?? '1.0';
  mkdirSync(path.join(dir, 'streams/v1'), { recursive: true });
  mkdirSync(path.join(dir, 'images/busybox'), { recursive: true });
  const files = [
    { variant: 'default', file: plain, served: 'images/busybox/default/lxd_combined.tar.gz', aliases: [`busybox/${release}`, 'busybox'] },
    { variant: 'tiny', file: tiny, served: 'images/busybox/tiny/lxd_combined.tar.gz', aliases: [`busybox/${release}/tiny`, 'busybox/tiny'] },
  ];
  const products = {};
  const summary = [];
  for (const entry of files) {
    const target = path.join(dir, entry.served);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, readFileSync(entry.file));
    const fingerprint = sha256(entry.file);
    const id = `busybox:${release}:${arch}:${entry.variant}`;
    products[id] = {
      aliases: entry.aliases.join(','),
      arch,
      os: 'Busybox',
      release,
      release_title: release,
      variant: entry.variant,
      versions: {
        '20261122_00:00': {
          items: {
            'lxd_combined.tar.gz': { ftype: 'lxd_combined.tar.gz', sha256: fingerprint, size: statSync(entry.file).size, path: entry.served },
          },
        },
      },
    };
    summary.push({ id, variant: entry.variant, alias: entry.aliases[0], aliases: entry.aliases, fingerprint, type: 'container' });
  }
  const vmId = `testvm:1:${arch}:default`;
  products[vmId] = {
    aliases: 'testvm/1,testvm',
    arch,
    os: 'Testvm',
    release: '1',
    release_title: '1',
    variant: 'default',
    versions: {
      '20261120_00:00': {
        items: {
          'lxd.tar.xz': { ftype: 'lxd.tar.xz', sha256: '0'.repeat(64), size: 1024, path: 'images/testvm/lxd.tar.xz', 'combined_disk-kvm-img_sha256': '1'.repeat(64) },
          'disk-kvm.img': { ftype: 'disk-kvm.img', sha256: '2'.repeat(64), size: 268435456, path: 'images/testvm/disk.qcow2' },
        },
      },
    },
  };
  summary.push({ id: vmId, variant: 'default', alias: 'testvm/1', aliases: ['testvm/1', 'testvm'], type: 'virtual-machine' });
  writeFileSync(
    path.join(dir, 'streams/v1/index.json'),
    JSON.stringify({
      format: 'index:1.0',
      index: { images: { datatype: 'image-downloads', path: 'streams/v1/images.json', format: 'products:1.0', products: Object.keys(products) } },
    }),
  );
  writeFileSync(
    path.join(dir, 'streams/v1/images.json'),
    JSON.stringify({ content_id: 'images', datatype: 'image-downloads', format: 'products:1.0', products }),
  );
  return { arch, release, products: summary };
}

const TYPES = { '.json': 'application/json', '.gz': 'application/gzip' };

/**
 * Serves `dir` over HTTPS on 127.0.0.1:<port>. `cors` adds `Access-Control-Allow-Origin: *`.
 * Image files go out in small slices (`bytesPerSecond`) so a download lasts long enough for LXD to
 * report its progress.
 */
export function serveCatalogue({ dir, port, cors, cert, key, bytesPerSecond = 400_000 }) {
  const server = https.createServer({ cert: readFileSync(cert), key: readFileSync(key) }, (req, res) => {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    const headers = cors ? { 'Access-Control-Allow-Origin': '*' } : {};
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...headers, ...(cors ? { 'Access-Control-Allow-Methods': 'GET, HEAD' } : {}) });
      res.end();
      return;
    }
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(dir + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain' });
      res.end('not found\n');
      return;
    }
    const size = statSync(file).size;
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Content-Length': size });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    if (path.extname(file) === '.json') {
      createReadStream(file).pipe(res);
      return;
    }
    void (async () => {
      const slice = Math.max(16_384, Math.floor(bytesPerSecond / 10));
      const stream = createReadStream(file, { highWaterMark: slice });
      for await (const chunk of stream) {
        if (res.destroyed) break;
        if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
        await sleep(Math.round((chunk.length / bytesPerSecond) * 1000));
      }
      stream.destroy();
      res.end();
    })().catch(() => res.destroy());
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => resolve(server));
  });
}

/** Ports of the two test servers, derived from the sandbox's port so parallel sandboxes never collide. */
export function imageServerPorts(lxdPort) {
  return { cors: lxdPort + 1000, noCors: lxdPort + 2000 };
}

export function imageServerUrls(lxdPort) {
  const ports = imageServerPorts(lxdPort);
  return { url: `https://127.0.0.1:${ports.cors}/`, noCorsUrl: `https://127.0.0.1:${ports.noCors}/` };
}

/**
 * Starts both test servers (with and without CORS) for a sandbox and writes their description to
 * .sandbox/<name>/image-servers.json for the tests. Resolves { state, close }.
 */
export async function startImageServers({ name, lxdPort, log = () => {} }) {
  const ca = ensureTestCa();
  const dir = path.join(SANDBOX_ROOT, name, 'image-server');
  rmSync(dir, { recursive: true, force: true });
  const catalogue = writeCatalogue(dir, log);
  const ports = imageServerPorts(lxdPort);
  const servers = await Promise.all([
    serveCatalogue({ dir, port: ports.cors, cors: true, cert: ca.cert, key: ca.key }),
    serveCatalogue({ dir, port: ports.noCors, cors: false, cert: ca.cert, key: ca.key }),
  ]);
  const state = { ...imageServerUrls(lxdPort), caBundle: ca.bundle, caCert: ca.caCert, ...catalogue };
  const stateFile = path.join(SANDBOX_ROOT, name, 'image-servers.json');
  writeFileSync(stateFile, `${JSON.stringify(state, null, 2)}\n`);
  log(`image servers on ${state.url} (CORS) and ${state.noCorsUrl} (no CORS)`);
  return {
    state,
    stateFile,
    close: () => Promise.all(servers.map((s) => new Promise((resolve) => { s.closeAllConnections?.(); s.close(() => resolve()); }))),
  };
}
