// Browser tests run against the real LXD "e2e" sandbox, which scripts/e2e.mjs starts before
// Playwright; its state file supplies the URL and the client certificate.
import { defineConfig, devices } from '@playwright/test';
import process from 'node:process';
import { loadSandboxState } from './e2e/fixtures/state';
import { CHROMIUM_LAUNCH_OPTIONS } from './scripts/lib/chromium.mjs';

const sandbox = loadSandboxState();

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
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // Debian's Chromium: `playwright install` cannot download browsers on these machines.
        launchOptions: CHROMIUM_LAUNCH_OPTIONS,
      },
    },
  ],
});
