// Image-server catalogue of 3,000 products (the shape of images.lxd.canonical.com), served over
// HTTPS with CORS on loopback: time to the first row (fetch + parse once + render), then each
// keystroke of the catalogue's filter box until the next frame.
/* global document, HTMLInputElement, requestAnimationFrame */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureTestCa, serveCatalogue } from '../../imageServer.mjs';
import { newBenchContext } from '../browser.mjs';
import { generateCatalogue } from '../catalogue.mjs';
import { round, step } from '../util.mjs';

export const CATALOGUE_PRODUCTS = 3000;
/** The bench build lists this server in connect-src (see bench.mjs). */
export const catalogueServerPort = (lxdPort) => lxdPort + 1000;
const TYPED = 'noble cloud';

let served = null;

async function ensureServer(port) {
  if (served) return served;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lxdeck-catalogue-'));
  const { index, images } = generateCatalogue(CATALOGUE_PRODUCTS);
  mkdirSync(path.join(dir, 'streams/v1'), { recursive: true });
  writeFileSync(path.join(dir, 'streams/v1/index.json'), JSON.stringify(index));
  writeFileSync(path.join(dir, 'streams/v1/images.json'), JSON.stringify(images));
  const ca = ensureTestCa();
  const server = await serveCatalogue({ dir, port, cors: true, cert: ca.cert, key: ca.key });
  served = { url: `https://127.0.0.1:${port}/`, bytes: JSON.stringify(images).length, close: () => { server.close(); rmSync(dir, { recursive: true, force: true }); } };
  process.once('exit', () => served?.close());
  return served;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
};

export const catalogueGroup = {
  id: 'catalogue',
  title: `Image-server catalogue (${CATALOGUE_PRODUCTS} products)`,
  needsScenario: false,
  metrics: [
    { id: 'firstRowMs', label: 'first row (fetch, parse, render)', unit: 'ms' },
    { id: 'renderMedianMs', label: 'keystroke to filtered table, median', unit: 'ms' },
    { id: 'renderMaxMs', label: 'keystroke to filtered table, slowest', unit: 'ms', target: 50 },
    { id: 'keystrokeMedianMs', label: 'keystroke to next frame, median', unit: 'ms' },
    { id: 'keystrokeMaxMs', label: 'keystroke to next frame, slowest', unit: 'ms' },
  ],

  async run(env) {
    const { browser, state } = env;
    const server = await ensureServer(catalogueServerPort(state.port));
    const context = await newBenchContext(browser, state);
    try {
      const page = await context.newPage();
      await page.goto(`${state.url}#/image-servers`, { waitUntil: 'load' });
      await page.evaluate((url) => {
        localStorage.setItem('lxdeck.imageServers', JSON.stringify({ state: { servers: [{ name: 'bench', url, protocol: 'simplestreams' }], lxdRemotes: [] }, version: 1 }));
      }, server.url);
      // A new document, so performance.now() counts from this navigation.
      const firstRow = await step('first catalogue row', async () => {
        await page.goto(`${state.url}#/image-server/bench?arch=`, { waitUntil: 'commit' });
        await page.reload({ waitUntil: 'commit' });
        await page.locator('tr[data-product], .catalogue-problem').first().waitFor({ state: 'attached', timeout: 60_000 });
        const problem = await page.locator('.catalogue-problem').textContent({ timeout: 100 }).catch(() => null);
        if (problem) throw new Error(`the page could not read the catalogue: ${problem}`);
        return page.evaluate(() => performance.now());
      });
      // Every product shown (no architecture filter), then type: each keystroke until the next frame.
      await page.getByRole('combobox', { name: 'Architecture' }).selectOption('');
      const times = await page.evaluate(async (typed) => {
        const input = document.querySelector('input[aria-label="Filter images"]');
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
        const result = { frame: [], render: [] };
        for (let i = 1; i <= typed.length; i++) {
          await frame();
          const start = performance.now();
          setValue.call(input, typed.slice(0, i));
          input.dispatchEvent(new Event('input', { bubbles: true }));
          // React renders a discrete input event's updates before the event's task ends: the next
          // microtask sees the filtered table; the next frame is when it can be painted.
          await Promise.resolve();
          result.render.push(performance.now() - start);
          result.frame.push((await frame()) - start);
        }
        return result;
      }, TYPED);
      const shown = await page.locator('.toolbar-count').first().textContent();
      return {
        values: {
          firstRowMs: round(firstRow),
          renderMedianMs: round(median(times.render)),
          renderMaxMs: round(Math.max(...times.render)),
          keystrokeMedianMs: round(median(times.frame)),
          keystrokeMaxMs: round(Math.max(...times.frame)),
        },
        details: { keystrokes: times.frame.map((t) => round(t)), renders: times.render.map((t) => round(t)), typed: TYPED, shown, catalogueBytes: server.bytes },
      };
    } finally {
      await context.close();
    }
  },

  notes(details) {
    const last = details.at(-1);
    return last ? [`catalogue: ${(last.catalogueBytes / 1e6).toFixed(1)} MB of products JSON; typed "${last.typed}" → ${last.shown}; to filtered table (ms): ${last.renders.join(' ')}; to next frame (ms): ${last.keystrokes.join(' ')}`] : [];
  },
};
