import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { expect as baseExpect, test, type Cleanup, type LxdClient } from './fixtures/test';

// Pages are lazy chunks and LXD downloads images meanwhile: conditions get 30 s.
const expect = baseExpect.configure({ timeout: 30_000 });

/** What scripts/e2e.mjs's loopback image servers serve (scripts/lib/imageServer.mjs). */
interface ImageServersState {
  url: string;
  noCorsUrl: string;
  caBundle: string;
  arch: string;
  release: string;
  products: { id: string; variant: string; alias: string; aliases: string[]; fingerprint?: string; type: string }[];
}

function imageServers(): ImageServersState {
  const file = process.env.LXDECK_IMAGE_SERVERS_STATE;
  if (!file) throw new Error('LXDECK_IMAGE_SERVERS_STATE is not set: run these tests with npm run e2e');
  return JSON.parse(readFileSync(file, 'utf8')) as ImageServersState;
}

const STORAGE_KEY = 'lxdeck.imageServers';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** This browser's image servers, as the store keeps them; the page is reloaded to read them. */
async function seedServers(page: Page, servers: { name: string; url: string }[]) {
  await page.goto('#/image-servers');
  await page.evaluate(
    ([key, list]) =>
      localStorage.setItem(key, JSON.stringify({ state: { servers: list.map((s) => ({ ...s, protocol: 'simplestreams' })), lxdRemotes: [] }, version: 1 })),
    [STORAGE_KEY, servers] as const,
  );
  await page.reload();
}

/** Deletes the local image with this fingerprint (if any) after the test. */
function removeImageAfter(lxd: LxdClient, cleanup: Cleanup, fingerprint: string | undefined) {
  if (!fingerprint) throw new Error('the catalogue lists no fingerprint');
  cleanup.add(async () => {
    const res = await lxd.request('DELETE', `/1.0/images/${fingerprint}`);
    if (res.status >= 400 && res.status !== 404) throw new Error(`deleting image ${fingerprint}: ${res.status} ${res.body.error}`);
    if (res.body.type === 'async') await lxd.waitOperation(res.body.operation);
  });
}

interface LocalImage {
  fingerprint: string;
  aliases: { name: string }[];
  auto_update: boolean;
  cached: boolean;
}

test.describe('image servers', () => {
  test.describe.configure({ timeout: 180_000 });

  test('an image server added, edited and removed stays so after a reload', async ({ page, lxd }) => {
    const name = lxd.uniqueName('srv');
    const renamed = `${name}-b`;
    await page.goto('#/image-servers');
    const table = page.getByRole('table', { name: 'Image servers' });
    // lxc's defaults are there in a new browser.
    await expect(table.locator('tr[data-server="images"]')).toContainText('https://images.lxd.canonical.com');
    await expect(table.locator('tr[data-server="ubuntu-minimal-daily"]')).toContainText('https://cloud-images.ubuntu.com/minimal/daily/');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Add image server' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add image server' });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel('Address').fill('http://images.example.invalid');
    await dialog.getByRole('button', { name: 'Add' }).click();
    await expect(dialog.getByText('must start with https://')).toBeVisible();
    await dialog.getByLabel('Address').fill('https://images.example.invalid/streams');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Add' }).click();
    await expect(dialog).toBeHidden();
    await page.reload();
    await expect(table.locator(`tr[data-server="${name}"]`)).toContainText('https://images.example.invalid/streams');

    await page.getByRole('button', { name: `More actions for ${name}` }).click();
    await page.getByRole('menuitem', { name: `Edit ${name}` }).click();
    const edit = page.getByRole('dialog', { name: `Edit image server ${name}` });
    await edit.getByLabel('Name').fill(renamed);
    await edit.getByLabel('Address').fill('https://images2.example.invalid/');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(edit).toBeHidden();
    await page.reload();
    await expect(table.locator(`tr[data-server="${name}"]`)).toHaveCount(0);
    await expect(table.locator(`tr[data-server="${renamed}"]`)).toContainText('https://images2.example.invalid/');

    await page.getByRole('button', { name: `More actions for ${renamed}` }).click();
    await page.getByRole('menuitem', { name: `Remove ${renamed}` }).click();
    const confirm = page.getByRole('dialog', { name: `Remove image server ${renamed}?` });
    await expect(confirm).toContainText('https://images2.example.invalid/');
    await confirm.getByRole('button', { name: 'Remove' }).click();
    await expect(table.locator(`tr[data-server="${renamed}"]`)).toHaveCount(0);
    await page.reload();
    await expect(table.locator('tr[data-server="images"]')).toBeVisible();
    await expect(table.locator(`tr[data-server="${renamed}"]`)).toHaveCount(0);
  });

  test('browse a catalogue: the server’s architecture by default, the VM only under virtual machine; copy with progress', async ({ page, lxd, cleanup }) => {
    const servers = imageServers();
    const tiny = servers.products.find((product) => product.variant === 'tiny');
    const vm = servers.products.find((product) => product.type === 'virtual-machine');
    if (!tiny || !vm) throw new Error('the test catalogue lacks its products');
    removeImageAfter(lxd, cleanup, tiny.fingerprint);
    await seedServers(page, [{ name: 'loop', url: servers.url }]);
    await page.goto('#/image-server/loop');
    const table = page.getByRole('table', { name: 'Images on loop' });
    await expect(table.locator('tbody tr[data-product]')).toHaveCount(3);
    // The architecture filter starts at this server's own architecture, and says so in the URL.
    await expect(page.getByRole('combobox', { name: 'Architecture' })).toHaveValue(servers.arch);
    await expect(page).toHaveURL(new RegExp(`arch=${servers.arch}`));
    await expectNoAxeViolations(page);

    const type = page.getByRole('combobox', { name: 'Type' });
    await type.selectOption('virtual-machine');
    await expect(table.locator('tbody tr[data-product]')).toHaveCount(1);
    await expect(table.locator(`tr[data-product="${vm.id}"]`)).toContainText('virtual machine');
    await type.selectOption('container');
    await expect(table.locator('tbody tr[data-product]')).toHaveCount(2);
    await expect(table.locator(`tr[data-product="${vm.id}"]`)).toHaveCount(0);
    await page.getByRole('searchbox', { name: 'Filter images' }).fill('tiny');
    await expect(table.locator('tbody tr[data-product]')).toHaveCount(1);
    await page.reload();
    await expect(table.locator(`tr[data-product="${tiny.id}"]`)).toBeVisible();
    await expect(table.locator('tbody tr[data-product]')).toHaveCount(1);

    const alias = lxd.uniqueName('bbt');
    await table.locator(`tr[data-product="${tiny.id}"]`).getByRole('button', { name: /^Copy / }).click();
    const dialog = page.getByRole('dialog', { name: `Copy ${tiny.alias} from loop` });
    await dialog.getByLabel('Aliases').fill(`${alias}, ${alias}-2`);
    await dialog.getByLabel(/Update automatically/).check();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Copy to this server' }).click();
    // LXD's own download progress, from the operation's events.
    await expect(dialog.getByRole('status', { name: 'Copy progress' })).toContainText(/\d+%/);
    await expect(dialog.getByRole('link', { name: /Open the image/ })).toBeVisible({ timeout: 90_000 });

    const images = await lxd.get<LocalImage[]>('/1.0/images?recursion=1');
    const copied = images.find((image) => image.fingerprint === tiny.fingerprint);
    expect(copied?.aliases.map((entry) => entry.name).sort()).toEqual([alias, `${alias}-2`]);
    expect(copied?.auto_update).toBe(true);
    await dialog.getByRole('link', { name: /Open the image/ }).click();
    await expect(page).toHaveURL(new RegExp(`image/${tiny.fingerprint}`));
  });

  test('a copy started elsewhere shows its download on the images page; the image is listed when it is done', async ({ page, lxd, cleanup }) => {
    const servers = imageServers();
    const tiny = servers.products.find((product) => product.variant === 'tiny');
    if (!tiny) throw new Error('the test catalogue lacks its products');
    removeImageAfter(lxd, cleanup, tiny.fingerprint);
    await page.goto('#/project/default/images');
    await expect(page.getByRole('status', { name: /Connection: Live/ })).toBeVisible();
    const started = await lxd.request<unknown>('POST', '/1.0/images', {
      source: { type: 'image', mode: 'pull', server: servers.url, protocol: 'simplestreams', alias: tiny.alias },
    });
    expect(started.status).toBe(202);
    // Waited for from now: LXD forgets a finished operation after a few seconds.
    const done = lxd.waitOperation(String(started.body.operation));
    // The test server sends at 400 kB/s, so the download lasts seconds.
    const downloads = page.getByRole('region', { name: 'Images being downloaded' });
    await expect(downloads).toContainText('Downloading image');
    await expectNoAxeViolations(page);
    await done;
    await expect(downloads).toBeHidden();
    await expect(page.locator(`tr[data-image="${tiny.fingerprint}"]`)).toBeVisible();
  });

  test('launch from the catalogue: the instance is made from the server’s image, which LXD caches', async ({ page, lxd, cleanup }) => {
    const servers = imageServers();
    const plain = servers.products.find((product) => product.variant === 'default' && product.type === 'container');
    if (!plain) throw new Error('the test catalogue lacks its products');
    const name = lxd.uniqueName('launch');
    removeImageAfter(lxd, cleanup, plain.fingerprint);
    cleanup.add(() => lxd.deleteInstance(name));
    await seedServers(page, [{ name: 'loop', url: servers.url }]);
    await page.goto('#/image-server/loop');
    const row = page.getByRole('table', { name: 'Images on loop' }).locator(`tr[data-product="${plain.id}"]`);
    await row.getByRole('link', { name: /^Launch / }).click();
    await expect(page).toHaveURL(/instances\/create\?/);
    const source = page.getByRole('group', { name: 'Image: alias from server' });
    await expect(source).toContainText(plain.alias);
    await expect(source).toContainText(servers.url.replace(/\/$/, ''));
    await expectNoAxeViolations(page);
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByRole('button', { name: 'Create instance' }).click();
    await expect(page).toHaveURL(new RegExp(`instance/${name}`), { timeout: 120_000 });
    await expect.poll(() => lxd.instanceStatus(name), { timeout: 60_000 }).toBe('Running');
    const instance = await lxd.get<{ config: Record<string, string> }>(`/1.0/instances/${name}`);
    expect(instance.config['volatile.base_image']).toBe(plain.fingerprint);
    const cached = await lxd.get<LocalImage>(`/1.0/images/${plain.fingerprint}`);
    expect(cached.cached).toBe(true);
  });

  test('import the config.yml written by lxc remote add', async ({ page, lxd }) => {
    const servers = imageServers();
    const conf = mkdtempSync(path.join(os.tmpdir(), 'lxdeck-lxc-'));
    const name = lxd.uniqueName('imp');
    try {
      const env = { ...process.env, LXD_CONF: conf, SSL_CERT_FILE: servers.caBundle };
      const lxc = (args: string[]) => {
        const res = spawnSync('lxc', args, { env, encoding: 'utf8', timeout: 60_000 });
        if (res.status !== 0) throw new Error(`lxc ${args.join(' ')}: ${res.stderr}`);
      };
      lxc(['remote', 'add', name, servers.url.replace(/\/$/, ''), '--protocol', 'simplestreams']);
      lxc(['remote', 'add', `${name}-lxd`, lxd.origin, '--protocol', 'lxd', '--public', '--accept-certificate']);
      const config = readFileSync(path.join(conf, 'config.yml'), 'utf8');

      await page.goto('#/image-servers');
      await page.getByRole('button', { name: 'Import…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import image servers' });
      // Broken input: a clear error, nothing changes.
      await dialog.getByLabel('Or paste it here').fill('remotes: [not: valid');
      await dialog.getByRole('button', { name: 'Import' }).click();
      await expect(dialog.getByRole('alert')).toContainText('Not valid YAML');
      await expectNoAxeViolations(page);
      await dialog.getByLabel('File').setInputFiles({ name: 'config.yml', mimeType: 'application/yaml', buffer: Buffer.from(config) });
      await expect(dialog.getByLabel('Or paste it here')).toHaveValue(config);
      await dialog.getByRole('button', { name: 'Import' }).click();
      await expect(dialog).toBeHidden();

      await expect(page.getByRole('table', { name: 'Image servers' }).locator(`tr[data-server="${name}"]`)).toContainText(servers.url.replace(/\/$/, ''));
      const kept = page.getByRole('table', { name: 'LXD servers kept for later' });
      await expect(kept.locator(`tr[data-lxd-remote="${name}-lxd"]`)).toContainText(lxd.origin);
      // lxc's own remotes of other protocols (the local unix socket) are not image servers.
      await expect(page.locator('tr[data-server="local"]')).toHaveCount(0);
      await expectNoAxeViolations(page);
      await page.reload();
      await page.getByRole('table', { name: 'Image servers' }).locator(`tr[data-server="${name}"]`).getByRole('link', { name, exact: true }).click();
      await expect(page.getByRole('table', { name: `Images on ${name}` }).locator('tbody tr[data-product]').first()).toBeVisible();
    } finally {
      rmSync(conf, { recursive: true, force: true });
    }
  });

  test('a catalogue the page cannot read is explained, and copy and launch by alias are still offered', async ({ page }) => {
    const servers = imageServers();
    // Loopback on a port the build's connect-src does not list.
    const outside = 'https://127.0.0.1:1/';
    await seedServers(page, [
      { name: 'nocors', url: servers.noCorsUrl },
      { name: 'outside', url: outside },
    ]);
    await page.goto('#/image-server/nocors');
    const problem = page.locator('.catalogue-problem');
    await expect(problem).toHaveAttribute('data-reason', 'cors');
    await expect(problem).toContainText('without an Access-Control-Allow-Origin header');
    await expect(page.getByLabel('Alias or fingerprint')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('Alias or fingerprint').fill('busybox/tiny');
    await page.getByRole('link', { name: 'Launch' }).click();
    await expect(page.getByRole('group', { name: 'Image: alias from server' })).toContainText('busybox/tiny');

    await page.goto('#/image-server/outside');
    await expect(problem).toHaveAttribute('data-reason', 'csp');
    await expect(problem).toContainText('Content-Security-Policy');
    await expectNoAxeViolations(page);
  });
});
