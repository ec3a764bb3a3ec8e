// Host prerequisites for running a private LXD daemon (and, for browser tests, Chromium).
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { accessSync, constants, openSync, readSync, closeSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';

/** An error whose message is meant for the user as is (no stack trace needed). */
export class SetupError extends Error {
  constructor(message) {
    super(message);
    this.name = 'SetupError';
  }
}

const BASE_PACKAGES = ['lxd', 'lxd-client', 'busybox-static', 'iptables', 'openssl', 'btrfs-progs'];

/** Absolute path of an executable found on PATH (plus the sbin dirs non-root PATHs often lack), or null. */
export function which(cmd) {
  const dirs = (process.env.PATH ?? '').split(':').concat(['/usr/sbin', '/sbin', '/usr/bin', '/bin']);
  for (const dir of dirs) {
    if (!dir) continue;
    const candidate = path.join(dir, cmd);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

/**
 * True when the ELF file has no PT_INTERP header, i.e. it is statically linked.
 * The busybox binary is copied into a container rootfs that has no libc, so a
 * dynamically linked one (Debian's plain `busybox` package) would not run there.
 */
export function isStaticElf(file) {
  let fd;
  try {
    fd = openSync(file, 'r');
    const header = Buffer.alloc(64);
    readSync(fd, header, 0, 64, 0);
    if (header.toString('latin1', 0, 4) !== '\x7fELF' || header[4] !== 2) return false; // 64-bit only
    const phoff = Number(header.readBigUInt64LE(0x20));
    const phentsize = header.readUInt16LE(0x36);
    const phnum = header.readUInt16LE(0x38);
    const table = Buffer.alloc(phentsize * phnum);
    readSync(fd, table, 0, table.length, phoff);
    for (let i = 0; i < phnum; i++) {
      if (table.readUInt32LE(i * phentsize) === 3 /* PT_INTERP */) return false;
    }
    return true;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Names of the Debian packages whose programs are missing on this host. */
export function missingSystemPackages({ chromium = false } = {}) {
  const missing = [];
  if (!which('lxd')) missing.push('lxd');
  if (!which('lxc')) missing.push('lxd-client');
  if (!isStaticElf('/bin/busybox')) missing.push('busybox-static');
  if (!which('iptables')) missing.push('iptables');
  if (!which('openssl')) missing.push('openssl');
  // LXD offers the btrfs storage driver (loop-backed pools) only when btrfs-progs is installed.
  if (!which('mkfs.btrfs')) missing.push('btrfs-progs');
  if (chromium && !which('chromium')) missing.push('chromium');
  // The tests also check that browser-made .p12 files import into NSS (Firefox, Linux Chromium).
  if (chromium && !which('pk12util')) missing.push('libnss3-tools');
  return missing;
}

/**
 * Makes sure lxd, lxc, a static busybox, iptables and openssl (and, for the tests, Chromium and NSS tools)
 * are installed. As root with apt-get available it installs them; otherwise it throws
 * a SetupError carrying the exact command to run.
 */
export function ensureSystemPackages({ chromium = false } = {}) {
  const missing = missingSystemPackages({ chromium });
  if (missing.length === 0) return;
  const packages = chromium ? [...BASE_PACKAGES, 'chromium', 'libnss3-tools'] : BASE_PACKAGES;
  const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !which('apt-get')) {
    throw new SetupError(
      `Missing system packages: ${missing.join(', ')}.\nInstall them with:\n  sudo sh -c '${command}'`,
    );
  }
  console.log(`Missing system packages (${missing.join(', ')}); running: ${command}`);
  const result = spawnSync('sh', ['-c', command], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) throw new SetupError(`Package installation failed: ${command}`);
  const still = missingSystemPackages({ chromium });
  if (still.length > 0) throw new SetupError(`Still missing after installation: ${still.join(', ')}`);
}
