import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { sandboxDown, sandboxUp, type SandboxState } from '../scripts/lib/sandbox.mjs';
import { expectNoAxeViolations } from './fixtures/axe';
import { SANDBOX_NAME, loadSandboxState } from './fixtures/state';
import { expect as baseExpect, test } from './fixtures/test';

// Lazily loaded pages on a machine other suites share: conditions get 30 s instead of 10.
const expect = baseExpect.configure({ timeout: 30_000 });

// A second sandbox, its own LXD daemon on another port: another origin, as another server is.
const first = loadSandboxState();
const SECOND_NAME = `${SANDBOX_NAME}2`.slice(0, 31);
const SECOND_PORT = Number(process.env.LXDECK_E2E_PORT2 || first.port + 100);
const originOf = (state: SandboxState) => `https://127.0.0.1:${state.port}`;

/** A browser that presents each sandbox's client certificate to that sandbox. */
function contextFor(browser: Browser, second: SandboxState): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: first.url,
    ignoreHTTPSErrors: true,
    clientCertificates: [first, second].map((state) => ({ origin: originOf(state), certPath: state.cert, keyPath: state.key })),
  });
}

/** `lxc remote add` for both sandboxes with a temporary LXD_CONF: the config.yml lxc itself writes. */
function writeLxcConfig(second: SandboxState, names: [string, string]): string {
  const conf = mkdtempSync(path.join(os.tmpdir(), 'lxdeck-lxc-'));
  try {
    for (const [name, state] of [[names[0], first], [names[1], second]] as const) {
      const res = spawnSync('lxc', ['remote', 'add', name, originOf(state), '--public', '--accept-certificate'], {
        env: { ...process.env, LXD_CONF: conf },
        encoding: 'utf8',
        timeout: 60_000,
      });
      if (res.status !== 0) throw new Error(`lxc remote add ${name}: ${res.stderr}`);
    }
    return readFileSync(path.join(conf, 'config.yml'), 'utf8');
  } finally {
    rmSync(conf, { recursive: true, force: true });
  }
}

async function importFile(page: Page, name: string, content: string) {
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import servers' });
  await dialog.getByLabel('File').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(content) });
  await expect(dialog.getByLabel('Or paste it here')).toHaveValue(content);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog).toBeHidden();
}

const row = (page: Page, name: string) => page.getByRole('table', { name: 'Servers' }).locator(`tr[data-remote="${name}"]`);

test.describe('several servers', () => {
  test.describe.configure({ timeout: 120_000 });
  let second: SandboxState;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    second = await sandboxUp({ name: SECOND_NAME, port: SECOND_PORT, quiet: true });
  });

  test.afterAll(async () => {
    await sandboxDown({ name: SECOND_NAME, quiet: true });
  });

  test('imports the config.yml of lxc remote add; opens the second server’s dashboard and comes back', async ({ browser, lxd }) => {
    const names: [string, string] = [lxd.uniqueName('srv-a'), lxd.uniqueName('srv-b')];
    const config = writeLxcConfig(second, names);
    const context = await contextFor(browser, second);
    try {
      const page = await context.newPage();
      await page.goto('#/servers');
      // Before anything is kept, the server the page comes from is listed and marked.
      await expect(page.locator('tr[data-current="true"]')).toHaveCount(1);
      await expect(page.locator('tr[data-current="true"]')).toContainText(originOf(first));
      await importFile(page, 'config.yml', config);
      // lxc's `local` (unix socket) is skipped with its reason; `images` went to the image servers.
      await expect(page.getByText(/skipped local \(the local unix socket/)).toBeVisible();
      await expect(row(page, names[0])).toContainText(originOf(first));
      await expect(row(page, names[1])).toContainText(originOf(second));
      await expect(row(page, names[0])).toHaveAttribute('data-current', 'true');
      await expect(row(page, names[0]).getByText('this server')).toBeVisible();
      await expect(page.locator('tr[data-current="true"]')).toHaveCount(1);
      await expect(page.getByRole('table', { name: 'Servers' }).locator('tbody tr')).toHaveCount(2);
      await expect(row(page, names[1])).toContainText('not from here');
      await expect(row(page, names[0]).locator('time')).toBeVisible();
      await expectNoAxeViolations(page);

      const open = row(page, names[1]).getByRole('link', { name: `Open the dashboard of ${names[1]}` });
      await expect(open).toHaveAttribute('href', `${originOf(second)}/ui/`);
      await expect(open).toHaveAttribute('rel', 'noopener');
      await open.click();
      await expect(page).toHaveURL(new RegExp(`^${originOf(second)}/ui/`));
      await expect(page.getByRole('heading', { name: 'Instances', level: 1 })).toBeVisible();

      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`^${originOf(first)}/ui/#/servers`));
      await expect(row(page, names[1])).toContainText(originOf(second));
      await page.getByRole('link', { name: 'Image servers' }).click();
      await expect(page.getByRole('table', { name: 'Image servers' }).locator('tr[data-server="images"]')).toContainText('images.linuxcontainers.org');
    } finally {
      await context.close();
    }
  });

  test('export and import round trip, carrying when the other server was last reached', async ({ browser, lxd }) => {
    const context = await contextFor(browser, second);
    const extra = lxd.uniqueName('srv-x');
    try {
      const page = await context.newPage();
      // The second server's dashboard, loaded in this browser, knows when: its own list says so.
      await page.goto(`${originOf(second)}/ui/#/servers`);
      await expect(page.locator('tr[data-current="true"]')).toContainText(originOf(second));
      const [fromSecond] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
      const secondList = readFileSync(await fromSecond.path(), 'utf8');
      expect(JSON.parse(secondList).reached[originOf(second)]).toBeTruthy();

      await page.goto(`${first.url}#/servers`);
      await page.getByRole('button', { name: 'Add server' }).click();
      const add = page.getByRole('dialog', { name: 'Add server' });
      await add.getByLabel('Name').fill(extra);
      await add.getByLabel('Address').fill('http://127.0.0.1:1');
      await add.getByRole('button', { name: 'Add' }).click();
      await expect(add.getByText(/must start with https/)).toBeVisible();
      await add.getByLabel('Address').fill('https://127.0.0.1:1/');
      await add.getByRole('button', { name: 'Add' }).click();
      await expect(add).toBeHidden();
      await expect(row(page, extra)).toContainText('https://127.0.0.1:1');

      const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
      const mine = readFileSync(await exported.path(), 'utf8');
      await row(page, extra).getByRole('button', { name: `More actions for ${extra}` }).click();
      await page.getByRole('menuitem', { name: `Remove ${extra}` }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
      await expect(row(page, extra)).toHaveCount(0);

      await importFile(page, 'lxdeck-servers.json', mine);
      await expect(row(page, extra)).toContainText('https://127.0.0.1:1');
      // The second server's export brings the time this browser last loaded it.
      await importFile(page, 'second.json', secondList);
      const secondRow = page.getByRole('table', { name: 'Servers' }).locator('tr', { hasText: originOf(second) });
      await expect(secondRow.locator('time')).toBeVisible();
      await expectNoAxeViolations(page);
    } finally {
      await context.close();
    }
  });
});
