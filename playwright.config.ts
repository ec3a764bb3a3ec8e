// Browser tests run against real LXD sandboxes, which scripts/e2e.mjs starts before Playwright;
// their state files supply the URL and the client certificate. Two standalone sandboxes each
// serve one spec file at a time (scripts/lib/e2eSandboxes.mjs), so two files run at once while
// every daemon still sees one test at a time.
import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import process from 'node:process';
import { loadSandboxState, stateFile } from './e2e/fixtures/state';
import type { SandboxOption } from './e2e/fixtures/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './scripts/lib/chromium.mjs';
import { CLUSTER_MEMBERS, clusterPorts } from './scripts/lib/cluster.mjs';
import { SECOND_SANDBOX_SPECS, e2eSandboxes } from './scripts/lib/e2eSandboxes.mjs';
import { sandboxPaths } from './scripts/lib/sandbox.mjs';

const sandboxes = e2eSandboxes();
// A sandbox that scripts/e2e.mjs did not start (its files were not asked for, or only the
// cluster was) gets a placeholder; none of its tests run.
const stateOf = (name: string) =>
  process.env.LXDECK_NO_SANDBOX !== '1' && existsSync(stateFile(name))
    ? loadSandboxState(name)
    : { url: 'https://127.0.0.1:9/ui/', port: 9, cert: '', key: '' };
const sandbox = stateOf(sandboxes.first.name);
const second = stateOf(sandboxes.second.name);
const secondSpecs = SECOND_SANDBOX_SPECS.map((file) => `**/${file}`);
// The cluster (e2e/cluster) is started by its own setup project, after this file is read: its
// port and certificate paths are known in advance, its files exist by the time a test runs.
const clusterPort = clusterPorts()[0];
const clusterMember = sandboxPaths(CLUSTER_MEMBERS[0]);
const chromium = {
  ...devices['Desktop Chrome'],
  // Debian's Chromium: `playwright install` cannot download browsers on these machines.
  // HTTP/1.1 only: Playwright's client-certificate proxy runs inside the worker, and when a test
  // stops LXD under an HTTP/2 connection, Node 20 can abort the whole worker
  // (`TLSWrap::DoWrite … !current_write_` from `Http2Session::SendPendingData`).
  launchOptions: { ...CHROMIUM_LAUNCH_OPTIONS, args: [...CHROMIUM_LAUNCH_OPTIONS.args, '--disable-http2'] },
};

export default defineConfig<object, SandboxOption>({
  testDir: 'e2e',
  outputDir: 'test-results/playwright',
  // Each daemon serves one test at a time (some tests stop it): one worker per project, and two
  // projects at once.
  workers: Number(process.env.LXDECK_E2E_WORKERS || 2),
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  // Conditions, not sleeps: a longer wait costs a passing test nothing, and two spec files at
  // once on a small machine make lazily loaded pages slower to appear.
  expect: { timeout: 20_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: sandbox.url,
    ignoreHTTPSErrors: true, // the sandbox daemon's server certificate is self-signed
    // Chromium presents this certificate in the TLS handshake, for fetch and wss:// alike,
    // which is how LXD authenticates the browser.
    clientCertificates: [{ origin: `https://127.0.0.1:${sandbox.port}`, certPath: sandbox.cert, keyPath: sandbox.key }],
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'chromium', testIgnore: ['cluster/**', ...secondSpecs], workers: 1, use: { ...chromium, sandboxName: sandboxes.first.name } },
    {
      name: 'chromium-2',
      testMatch: secondSpecs,
      workers: 1,
      use: {
        ...chromium,
        sandboxName: sandboxes.second.name,
        baseURL: second.url,
        clientCertificates: [{ origin: `https://127.0.0.1:${second.port}`, certPath: second.cert, keyPath: second.key }],
      },
    },
    // A two-member LXD cluster, started only when the cluster specs run and removed after them.
    { name: 'cluster-setup', testMatch: 'cluster/cluster.setup.ts', teardown: 'cluster-teardown', workers: 1 },
    { name: 'cluster-teardown', testMatch: 'cluster/cluster.teardown.ts' },
    {
      name: 'cluster',
      testMatch: 'cluster/*.spec.ts',
      dependencies: ['cluster-setup'],
      workers: 1,
      use: {
        ...chromium,
        baseURL: `https://127.0.0.1:${clusterPort}/ui/`,
        clientCertificates: [{ origin: `https://127.0.0.1:${clusterPort}`, certPath: clusterMember.cert, keyPath: clusterMember.key }],
      },
    },
  ],
});
