// Image list with 300 images: time from navigation to the first row, in a fresh browser context
// per run. The images are made once in the bench sandbox and kept: each is a tiny unified
// tarball (metadata.yaml with its own description + a rootfs of one file), so each has its own
// fingerprint, imported with the alias bench-img-NNN.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SANDBOX_ROOT, lxc } from '../../sandbox.mjs';
import { measureListFirstRow } from '../list-first-row.mjs';

export const IMAGE_COUNT = 300;
const imageAlias = (i) => `bench-img-${String(i).padStart(3, '0')}`;
const LIST_HASH = '#/project/default/images';

function run(command, args) {
  const res = spawnSync(command, args, { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${(res.stderr || '').trim() || `exit ${res.status ?? res.signal}`}`);
  return res.stdout;
}

/** Writes one tiny unified image tarball whose metadata names it; returns its path. */
function buildTinyImage(work, alias, arch) {
  writeFileSync(path.join(work, 'rootfs', 'hello'), `${alias}\n`);
  writeFileSync(
    path.join(work, 'metadata.yaml'),
    [
      `architecture: ${arch}`,
      `creation_date: ${Math.floor(Date.now() / 1000)}`,
      'properties:',
      `  description: Bench image ${alias}`,
      '  os: Benchos',
      '  release: "1.0"',
      '',
    ].join('\n'),
  );
  const tarball = path.join(work, `${alias}.tar.gz`);
  run('tar', ['-C', work, '--numeric-owner', '--owner=0', '--group=0', '-czf', tarball, 'metadata.yaml', 'rootfs']);
  return tarball;
}

/** Imports the images `bench-img-001…count` that are missing (all of them on the first run). */
export async function ensureImages(sandbox, lxd, log, count = IMAGE_COUNT) {
  const existing = new Set(((await lxd.get('/1.0/images/aliases')) ?? []).map((url) => decodeURIComponent(url.split('/').pop())));
  const missing = Array.from({ length: count }, (_, i) => imageAlias(i + 1)).filter((alias) => !existing.has(alias));
  if (missing.length === 0) return;
  log(`importing ${missing.length} images...`);
  const arch = run('uname', ['-m']).trim();
  mkdirSync(path.join(SANDBOX_ROOT, '.cache'), { recursive: true });
  const work = mkdtempSync(path.join(SANDBOX_ROOT, '.cache', 'bench-images-'));
  try {
    mkdirSync(path.join(work, 'rootfs'));
    let done = 0;
    for (const alias of missing) {
      const tarball = buildTinyImage(work, alias, arch);
      lxc(sandbox, ['image', 'import', tarball, '--alias', alias, '--quiet']);
      rmSync(tarball);
      if (++done % 50 === 0) log(`  ${done}/${missing.length} imported`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export const imageListGroup = {
  id: 'imageList',
  title: `Image list (${IMAGE_COUNT} images)`,
  metrics: [{ id: 'firstRowMs', label: 'first row attached', unit: 'ms', target: 700 }],

  async run(env) {
    const { lxd, log, sandbox } = env;
    await ensureImages(sandbox, lxd, log);
    const { at, details } = await measureListFirstRow(env, {
      hash: LIST_HASH,
      rowSelector: 'tr[data-image]',
      title: 'first image row',
    });
    return { values: { firstRowMs: at }, details };
  },
};
