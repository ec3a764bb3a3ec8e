// Browser tests run against the real LXD "e2e" sandbox, which scripts/e2e.mjs starts before
// Playwright; its state file supplies the URL and the client certificate.
import { defineConfig, devices } from '@playwright/test';
import process from 'node:process';
import { loadSandboxState } from './e2e/fixtures/state';
import { CHROMIUM_LAUNCH_OPTIONS } from './scripts/lib/chromium.mjs';
import { CLUSTER_MEMBERS, clusterPorts } from './scripts/lib/cluster.mjs';
import { sandboxPaths } from './scripts/lib/sandbox.mjs';

// `npm run e2e -- --project cluster` starts no standalone sandbox (scripts/e2e.mjs).
const sandbox = process.env.LXDECK_NO_SANDBOX === '1' ? { url: 'https://127.0.0.1:9/ui/', port: 9, cert: '', key: '' } : loadSandboxState();
// The cluster (e2e/cluster) is started by its own setup project, after this file is read: its
// port and certificate paths are known in advance, its files exist by the time a test runs.
const clusterPort = clusterPorts()[0];
const clusterMember = sandboxPaths(CLUSTER_MEMBERS[0]);
const chromium = {
  ...devices['Desktop Chrome'],
  // Debian's Chromium: `playwright install` cannot download browsers on these machines.
  launchOptions: CHROMIUM_LAUNCH_OPTIONS,
};

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/playwright',
  // One real daemon is shared by every test, and some tests stop it: run them one by one.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
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
    { name: 'chromium', testIgnore: 'cluster/**', use: chromium },
    // A two-member LXD cluster, started only when the cluster specs run and removed after them.
    { name: 'cluster-setup', testMatch: 'cluster/cluster.setup.ts', teardown: 'cluster-teardown' },
    { name: 'cluster-teardown', testMatch: 'cluster/cluster.teardown.ts' },
    {
      name: 'cluster',
      testMatch: 'cluster/*.spec.ts',
      dependencies: ['cluster-setup'],
      use: {
        ...chromium,
        baseURL: `https://127.0.0.1:${clusterPort}/ui/`,
        clientCertificates: [{ origin: `https://127.0.0.1:${clusterPort}`, certPath: clusterMember.cert, keyPath: clusterMember.key }],
      },
    },
  ],
});
