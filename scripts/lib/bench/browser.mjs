// Debian's Chromium with the same launch options and context options as playwright.config.ts,
// so the benchmark sees the app exactly as the browser tests do.
import { chromium, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../chromium.mjs';

export const LAUNCH_OPTIONS = CHROMIUM_LAUNCH_OPTIONS;

export function launchBrowser() {
  return chromium.launch({ ...LAUNCH_OPTIONS, headless: true, timeout: 60_000 });
}

/**
 * A fresh context (empty cache, no cookies) presenting the sandbox's client certificate,
 * as LXD authenticates browsers by the certificate in the TLS handshake.
 */
export async function newBenchContext(browser, state) {
  // Viewport, user agent and scale of the browser tests' "Desktop Chrome" project.
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = devices['Desktop Chrome'];
  const context = await browser.newContext({
    viewport,
    userAgent,
    deviceScaleFactor,
    isMobile,
    hasTouch,
    ignoreHTTPSErrors: true, // the sandbox daemon's server certificate is self-signed
    clientCertificates: [{ origin: `https://127.0.0.1:${state.port}`, certPath: state.cert, keyPath: state.key }],
  });
  context.setDefaultTimeout(20_000);
  context.setDefaultNavigationTimeout(30_000);
  return context;
}
