#!/usr/bin/env node
// npm test: typecheck, lint, unit tests (vitest), browser tests against a real LXD (e2e).
// Every stage runs even after a failure. Typecheck and lint count as one check each, every
// vitest and Playwright test counts on its own. The last line is "N passed, N failed[, N skipped]".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { ensureSystemPackages } from './lib/system.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = path.join(ROOT, 'test-results');
const VITEST_JSON = path.join(RESULTS, 'vitest.json');
const PLAYWRIGHT_JSON = path.join(RESULTS, 'playwright.json');

const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);

function run(title, cmd, args) {
  console.log(`\n=== ${title}: ${[path.basename(cmd), ...args].join(' ')}`);
  const started = Date.now();
  const res = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  const code = res.status ?? 1;
  if (res.error) console.error(res.error.message);
  return { code, seconds: (Date.now() - started) / 1000 };
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const stages = [];

function singleCheck(title, cmd, args) {
  const { code, seconds } = run(title, cmd, args);
  const ok = code === 0;
  stages.push({ title, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, seconds, note: ok ? 'passed' : `failed (exit ${code})` });
}

function unitTests() {
  rmSync(VITEST_JSON, { force: true });
  const { code, seconds } = run('unit', bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${path.relative(ROOT, VITEST_JSON)}`,
    // A young src/ may have no test files yet; that is zero tests, not a failure.
    '--passWithNoTests',
  ]);
  const report = readJson(VITEST_JSON);
  const passed = report?.numPassedTests ?? 0;
  let failed = report?.numFailedTests ?? 0;
  const skipped = (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0);
  let note = '';
  if (code !== 0 && failed === 0) {
    // A file that fails to load has no tests to count; count each such file as one failure.
    failed = Math.max(1, report?.numFailedTestSuites ?? 0);
    note = report ? ' (test files failed to run)' : ' (no report written)';
  }
  stages.push({ title: 'unit', passed, failed, skipped, seconds, note });
}

function e2eTests() {
  rmSync(PLAYWRIGHT_JSON, { force: true });
  const { code, seconds } = run('e2e', process.execPath, [path.join(ROOT, 'scripts', 'e2e.mjs')]);
  const report = readJson(PLAYWRIGHT_JSON);
  const stats = report?.stats ?? {};
  const passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
  let failed = stats.unexpected ?? 0;
  const skipped = stats.skipped ?? 0;
  let note = '';
  if (code !== 0 && failed === 0) {
    // Build, sandbox or config failure: no test result says so, count it once.
    failed = 1;
    note = report ? ' (run failed outside the tests)' : ' (no report: build or sandbox failed)';
  }
  stages.push({ title: 'e2e', passed, failed, skipped, seconds, note });
}

function counts({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

function systemPackages() {
  // Unit tests use openssl and NSS tools, browser tests LXD and Chromium: install them first.
  try {
    ensureSystemPackages({ chromium: true });
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    stages.push({ title: 'setup', passed: 0, failed: 1, skipped: 0, seconds: 0, note: 'failed (system packages)' });
  }
}

mkdirSync(RESULTS, { recursive: true });
systemPackages();
singleCheck('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
singleCheck('lint', bin('eslint'), ['.', '--max-warnings', '0']);
unitTests();
e2eTests();

const total = stages.reduce(
  (acc, s) => ({ passed: acc.passed + s.passed, failed: acc.failed + s.failed, skipped: acc.skipped + s.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log('\n=== summary');
for (const s of stages) {
  const detail = s.title === 'typecheck' || s.title === 'lint' || s.title === 'setup' ? s.note : `${counts(s)}${s.note}`;
  console.log(`${s.title.padEnd(10)} ${detail} (${s.seconds.toFixed(1)}s)`);
}
console.log(counts(total));
process.exit(total.failed > 0 ? 1 : 0);
