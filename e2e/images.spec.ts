import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/axe';
import { expect as baseExpect, test, type Cleanup, type LxdClient } from './fixtures/test';
import { rowMenuItem } from './fixtures/ui';

// Pages are lazily loaded chunks and LXD answers slowly while other suites share the machine.
const expect = baseExpect.configure({ timeout: 30_000 });

interface Image {
  fingerprint: string;
  aliases: { name: string; description: string }[];
  properties: Record<string, string>;
  public: boolean;
  auto_update: boolean;
}

const imagePath = (fingerprint: string) => `/1.0/images/${fingerprint}`;
const aliasPath = (name: string) => `/1.0/images/aliases/${encodeURIComponent(name)}`;
const yamlValue = (page: Page, id: string) => page.locator(`#${id}-value`);
const yamlEditor = (page: Page, id: string) => page.locator(`#${id}[contenteditable="true"]`);
const ARCH = execFileSync('uname', ['-m'], { encoding: 'utf8' }).trim();

/**
 * Imports a tiny unified image (metadata.yaml + a rootfs of one file) with its own description,
 * so every image made here has its own fingerprint; deleted after the test. Returns the fingerprint
 * (a unified tarball's fingerprint is its sha256).
 */
async function makeImage(
  lxd: LxdClient,
  cleanup: Cleanup,
  opts: { alias?: string; description: string; os?: string; release?: string; extra?: Record<string, string> },
): Promise<string> {
  const work = mkdtempSync(path.join(tmpdir(), 'lxdeck-img-'));
  try {
    mkdirSync(path.join(work, 'rootfs'));
    writeFileSync(path.join(work, 'rootfs', 'hello'), `${opts.description}\n`);
    const properties = { description: opts.description, os: opts.os ?? 'Tinyos', release: opts.release ?? '1.0', ...opts.extra };
    writeFileSync(
      path.join(work, 'metadata.yaml'),
      [
        `architecture: ${ARCH}`,
        `creation_date: ${Math.floor(Date.now() / 1000)}`,
        'properties:',
        ...Object.entries(properties).map(([key, value]) => `  ${key}: ${JSON.stringify(value)}`),
        '',
      ].join('\n'),
    );
    const tarball = path.join(work, 'image.tar.gz');
    execFileSync('tar', ['-C', work, '--numeric-owner', '--owner=0', '--group=0', '-czf', tarball, 'metadata.yaml', 'rootfs']);
    const fingerprint = createHash('sha256').update(readFileSync(tarball)).digest('hex');
    cleanup.add(async () => {
      const res = await lxd.request('DELETE', imagePath(fingerprint));
      if (res.status >= 400 && res.status !== 404) throw new Error(`deleting image ${fingerprint}: ${res.status} ${res.body.error}`);
      if (res.body.type === 'async') await lxd.waitOperation(res.body.operation);
    });
    lxd.lxc(['image', 'import', tarball, ...(opts.alias ? ['--alias', opts.alias] : [])]);
    return fingerprint;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

test.describe('images', () => {
  test.describe.configure({ timeout: 180_000 });

  test('a plain address reads the first images one by one, picked by alias, before the whole list', async ({ page, lxd, cleanup }) => {
    // LXD 5.0 takes 450-600 ms to list 300 images, so the first screenful is read first (picked
    // from the fingerprints and the aliases, both quick to list) and the whole list after it.
    const tag = lxd.uniqueName('ip');
    const fingerprint = await makeImage(lxd, cleanup, { alias: `0-${tag}`, description: `${tag} first by name` });
    const sent: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/1.0/images')) sent.push(url.pathname + url.search);
    });
    await page.goto('#/project/default/images');
    await expect(page.locator(`tr[data-image="${fingerprint}"]`)).toContainText(`${tag} first by name`);
    // The whole list then replaces the preview: the toolbar with its filter box and count.
    await expect(page.getByRole('searchbox', { name: 'Filter images' })).toBeVisible();
    await expect(page.locator(`tr[data-image="${fingerprint}"]`)).toContainText(`0-${tag}`);
    const one = sent.indexOf(`${imagePath(fingerprint)}?project=default`);
    const list = sent.findIndex((url) => /^\/1\.0\/images\?.*recursion=1/.test(url));
    expect(one).toBeGreaterThanOrEqual(0);
    expect(list).toBeGreaterThan(one);
    expect(sent).toContain('/1.0/images/aliases?project=default&recursion=1');
  });

  test('the list shows each image with its aliases; filter, sort and type filter live in the URL', async ({ page, lxd, cleanup }) => {
    const tag = lxd.uniqueName('il');
    const first = await makeImage(lxd, cleanup, { alias: `${tag}-a`, description: `${tag} alpha`, release: '2.0' });
    const second = await makeImage(lxd, cleanup, { alias: `${tag}-b`, description: `${tag} beta` });
    await lxd.post('/1.0/images/aliases', { name: `${tag}-b2`, description: '', target: second });

    await page.goto('#/project/default/images');
    await expect(page.getByRole('heading', { name: 'Images', level: 1 })).toBeVisible();
    await expect(page.locator('tr[data-image]').first()).toBeVisible();
    await expect(page).toHaveTitle('Images · lxdeck');
    await expectNoAxeViolations(page);

    await page.getByRole('searchbox', { name: 'Filter images' }).fill(tag);
    await expect(page).toHaveURL(new RegExp(`q=${tag}`));
    const rows = page.locator('tr[data-image]');
    await expect(rows).toHaveCount(2);
    const row1 = page.locator(`tr[data-image="${first}"]`);
    const row2 = page.locator(`tr[data-image="${second}"]`);
    await expect(row1.getByRole('link', { name: `${tag}-a`, exact: true })).toHaveAttribute('href', `#/project/default/image/${first}`);
    await expect(row1).toContainText(`${tag} alpha`);
    await expect(row1).toContainText('Tinyos 2.0');
    await expect(row1).toContainText('Container');
    await expect(row1).toContainText(first.slice(0, 12));
    await expect(row2).toContainText(`${tag}-b2`);

    // Sorted by description, descending: beta first; the sort is in the URL and survives a reload.
    await page.getByRole('button', { name: 'Description' }).click();
    await page.getByRole('button', { name: 'Description' }).click();
    await expect(page).toHaveURL(/sort=description&dir=desc|dir=desc.*sort=description/);
    await expect(rows.first()).toHaveAttribute('data-image', second);
    await page.reload();
    await expect(rows.first()).toHaveAttribute('data-image', second);
    await expect(page.getByRole('searchbox', { name: 'Filter images' })).toHaveValue(tag);

    await page.getByRole('combobox', { name: 'Type' }).selectOption('virtual-machine');
    await expect(page).toHaveURL(/type=virtual-machine/);
    await expect(page.getByRole('heading', { name: 'No images match' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByRole('searchbox', { name: 'Filter images' })).toHaveValue('');

    // Header links.
    await expect(page.getByRole('link', { name: 'Import image' })).toHaveAttribute('href', '#/project/default/images/import');
    await expect(page.getByRole('link', { name: 'Image servers' })).toHaveAttribute('href', '#/image-servers');
  });

  test('changes made elsewhere show up without a reload: alias added, property changed, image deleted, alias renamed', async ({ page, lxd, cleanup }) => {
    const tag = lxd.uniqueName('ie');
    const kept = await makeImage(lxd, cleanup, { alias: `${tag}-a`, description: `${tag} kept` });
    const gone = await makeImage(lxd, cleanup, { alias: `${tag}-b`, description: `${tag} gone` });
    for (const name of [`${tag}-live`, `${tag}-live2`]) cleanup.add(() => lxd.request('DELETE', aliasPath(name)));
    await page.goto(`#/project/default/images?q=${tag}`);
    const row = page.locator(`tr[data-image="${kept}"]`);
    await expect(page.locator('tr[data-image]')).toHaveCount(2);

    await lxd.post('/1.0/images/aliases', { name: `${tag}-live`, description: '', target: kept });
    await expect(row).toContainText(`${tag}-live`);
    const current = await lxd.get<Image>(imagePath(kept));
    await lxd.put(imagePath(kept), { properties: { ...current.properties, description: `${tag} changed` }, public: false, auto_update: false });
    await expect(row).toContainText(`${tag} changed`);
    await lxd.delete(imagePath(gone));
    await expect(page.locator(`tr[data-image="${gone}"]`)).toHaveCount(0);
    await expect(page.locator('tr[data-image]')).toHaveCount(1);

    // LXD 5.0 does not say which image a renamed alias belongs to: the open image page follows anyway.
    await page.goto(`#/project/default/image/${kept}/aliases`);
    const table = page.getByRole('table', { name: 'Aliases' });
    await expect(table.getByRole('row', { name: new RegExp(`${tag}-live\\b`) })).toBeVisible();
    await lxd.post(aliasPath(`${tag}-live`), { name: `${tag}-live2` });
    await expect(table.getByRole('row', { name: new RegExp(`${tag}-live2`) })).toBeVisible();
    await expect(table.getByRole('cell', { name: `${tag}-live`, exact: true })).toHaveCount(0);
  });

  test('a project without its own images lists default’s', async ({ page, lxd, cleanup }) => {
    const tag = lxd.uniqueName('ip');
    const fingerprint = await makeImage(lxd, cleanup, { alias: `${tag}-a`, description: `${tag} shared` });
    const project = lxd.uniqueName('ipr');
    await lxd.createProject(project);
    await page.goto(`#/project/${project}/images?q=${tag}`);
    await expect(page.locator(`tr[data-image="${fingerprint}"]`)).toContainText(`${tag} shared`);
    await page.locator(`tr[data-image="${fingerprint}"]`).getByRole('link', { name: `${tag}-a`, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#/project/${project}/image/${fingerprint}$`));
    await expect(page.getByRole('heading', { name: `${tag}-a`, level: 1 })).toBeVisible();
  });

  test('the image page: facts, properties as text, the instances made from it, Launch', async ({ page, lxd, cleanup }) => {
    const tag = lxd.uniqueName('io');
    const markup = '<img src=x onerror="window.__imageXss=1"><b>bold</b>';
    const fingerprint = await makeImage(lxd, cleanup, { alias: `${tag}-a`, description: markup, extra: { note: `<script>window.__imageXss=2</script>` } });
    const instance = lxd.uniqueName('ioi');
    await lxd.createInstance(instance, { image: `${tag}-a` });

    await page.goto(`#/project/default/images?q=${tag}`);
    const row = page.locator(`tr[data-image="${fingerprint}"]`);
    await expect(row).toContainText(markup);
    await expect(row.locator('img, b')).toHaveCount(0);

    await row.getByRole('link', { name: `${tag}-a`, exact: true }).click();
    await expect(page.getByRole('heading', { name: `${tag}-a`, level: 1 })).toBeVisible();
    await expect(page).toHaveTitle(`${tag}-a · Images · lxdeck`);
    const summary = page.getByRole('definition').filter({ hasText: fingerprint });
    await expect(summary).toBeVisible();
    await expect(page.getByRole('table', { name: 'Properties' }).getByRole('row', { name: /description/ })).toContainText(markup);
    await expect(page.getByRole('table', { name: 'Properties' }).getByRole('row', { name: /note/ })).toContainText('<script>');
    await expect(page.locator('.tab-panel img, .tab-panel b, .tab-panel script')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __imageXss?: number }).__imageXss)).toBeUndefined();
    await expect(page.getByText('Imported or published here')).toBeVisible();

    const made = page.getByRole('list', { name: 'Instances made from this image' });
    await expect(made.getByRole('link', { name: instance })).toHaveAttribute('href', `#/project/default/instance/${instance}`);
    await expect(page.getByRole('link', { name: 'Launch' })).toHaveAttribute('href', `#/project/default/instances/create?image=${fingerprint}`);
    await expect(page.getByRole('button', { name: 'Refresh' })).toBeDisabled();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Aliases' }).click();
    await expect(page.getByRole('table', { name: 'Aliases' })).toBeVisible();
    await expectNoAxeViolations(page);

    // An unknown fingerprint: not found, with a way back.
    await page.goto(`#/project/default/image/${'0'.repeat(64)}`);
    await expect(page.getByRole('heading', { name: /not found/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to images' })).toBeVisible();
  });

  test('aliases: add, describe, rename and delete, each checked in LXD', async ({ page, lxd, cleanup }) => {
    const tag = lxd.uniqueName('ia');
    const fingerprint = await makeImage(lxd, cleanup, { alias: `${tag}-a`, description: `${tag} aliases` });
    for (const name of [`${tag}-new`, `${tag}-moved`]) {
      cleanup.add(() => lxd.request('DELETE', aliasPath(name)));
    }
    await page.goto(`#/project/default/image/${fingerprint}/aliases`);
    const table = page.getByRole('table', { name: 'Aliases' });
    await expect(table.getByRole('row', { name: new RegExp(`${tag}-a`) })).toBeVisible();

    // Add: a taken name is refused before asking LXD.
    await page.getByRole('button', { name: 'Add alias…' }).click();
    let dialog = page.getByRole('dialog', { name: 'Add an alias' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(`${tag}-a`);
    await expect(dialog.getByText(`The alias ${tag}-a already exists`)).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Name' }).fill(`${tag}-new`);
    await dialog.getByRole('textbox', { name: 'Description' }).fill('first words');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Add alias' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(table.getByRole('row', { name: new RegExp(`${tag}-new`) })).toContainText('first words');
    expect(await lxd.get(aliasPath(`${tag}-new`))).toMatchObject({ name: `${tag}-new`, description: 'first words', target: fingerprint });

    // Describe.
    await table.getByRole('button', { name: `Actions for alias ${tag}-new` }).click();
    await page.getByRole('menuitem', { name: `Describe alias ${tag}-new` }).click();
    dialog = page.getByRole('dialog', { name: `Describe alias ${tag}-new` });
    await dialog.getByRole('textbox', { name: 'Description' }).fill('second words');
    await dialog.getByRole('button', { name: 'Save description' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(table.getByRole('row', { name: new RegExp(`${tag}-new`) })).toContainText('second words');
    expect(await lxd.get(aliasPath(`${tag}-new`))).toMatchObject({ description: 'second words', target: fingerprint });

    // Rename.
    await table.getByRole('button', { name: `Actions for alias ${tag}-new` }).click();
    await page.getByRole('menuitem', { name: `Rename alias ${tag}-new` }).click();
    dialog = page.getByRole('dialog', { name: `Rename alias ${tag}-new` });
    await dialog.getByRole('textbox', { name: 'New name' }).fill(`${tag}-moved`);
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(table.getByRole('row', { name: new RegExp(`${tag}-moved`) })).toBeVisible();
    expect((await lxd.request('GET', aliasPath(`${tag}-new`))).status).toBe(404);
    expect(await lxd.get(aliasPath(`${tag}-moved`))).toMatchObject({ target: fingerprint, description: 'second words' });
    expect(lxd.lxc(['image', 'alias', 'list', '--format', 'csv'])).toContain(`${tag}-moved,${fingerprint.slice(0, 12)}`);

    // Delete: the alias goes, the image stays.
    await table.getByRole('button', { name: `Actions for alias ${tag}-moved` }).click();
    await page.getByRole('menuitem', { name: `Delete alias ${tag}-moved` }).click();
    dialog = page.getByRole('dialog', { name: `Delete alias ${tag}-moved?` });
    await expect(dialog).toContainText('The image itself stays');
    await dialog.getByRole('button', { name: 'Delete alias' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(table.getByRole('row', { name: new RegExp(`${tag}-moved`) })).toHaveCount(0);
    expect((await lxd.request('GET', aliasPath(`${tag}-moved`))).status).toBe(404);
    expect((await lxd.request('GET', imagePath(fingerprint))).status).toBe(200);
    expect(lxd.lxc(['image', 'alias', 'list', '--format', 'csv'])).not.toContain(`${tag}-moved`);
  });

  test('configuration: someone changes the image meanwhile; the 412 view, then the edit re-applied and saved', async ({ page, lxd, cleanup }) => {
    const tag = lxd.uniqueName('ic');
    const fingerprint = await makeImage(lxd, cleanup, { alias: `${tag}-a`, description: `${tag} config` });
    await page.goto(`#/project/default/image/${fingerprint}/configuration`);
    await expect(yamlValue(page, 'config-yaml')).toHaveValue(new RegExp(`description: ${tag} config`));
    await expect(yamlValue(page, 'config-yaml')).toHaveValue(/public: false/);
    await expectNoAxeViolations(page);

    const text = await yamlValue(page, 'config-yaml').inputValue();
    await yamlEditor(page, 'config-yaml').fill(text.replace('public: false', 'public: true').replace('os: Tinyos', 'os: Renamed'));
    // Meanwhile, with lxc: another property.
    const current = await lxd.get<Image>(imagePath(fingerprint));
    await lxd.put(imagePath(fingerprint), { properties: { ...current.properties, release: '9.9' }, public: false, auto_update: false });

    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { name: 'Not saved: the image changed on the server' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Changes on the server' }).getByRole('row', { name: /property release 1\.0 9\.9/ })).toBeVisible();
    expect((await lxd.get<Image>(imagePath(fingerprint))).public).toBe(false);

    await page.getByRole('button', { name: 'Re-apply my changes on the new version' }).click();
    await expect(yamlValue(page, 'config-yaml')).toHaveValue(/release: "?9\.9"?/);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Saved the image ${fingerprint.slice(0, 12)}` })).toBeVisible();
    const saved = await lxd.get<Image>(imagePath(fingerprint));
    expect(saved.public).toBe(true);
    expect(saved.properties).toMatchObject({ os: 'Renamed', release: '9.9', description: `${tag} config` });
  });

  test('delete from the image page, then two at once from the list', async ({ page, lxd, cleanup }) => {
    const tag = lxd.uniqueName('id');
    const alone = await makeImage(lxd, cleanup, { alias: `${tag}-one`, description: `${tag} one` });
    await lxd.post('/1.0/images/aliases', { name: `${tag}-one-b`, description: '', target: alone });
    const a = await makeImage(lxd, cleanup, { alias: `${tag}-x`, description: `${tag} x` });
    const b = await makeImage(lxd, cleanup, { description: `${tag} y` });
    const instance = lxd.uniqueName('idi');
    await lxd.createInstance(instance, { image: `${tag}-one` });

    await page.goto(`#/project/default/image/${alone}`);
    await page.getByRole('button', { name: 'Delete…' }).click();
    let dialog = page.getByRole('dialog', { name: `Delete image ${tag}-one?` });
    await expect(dialog).toContainText(/Its aliases go with it: .*-one.*\./);
    await expect(dialog).toContainText(`${tag}-one-b`);
    await expect(dialog).toContainText('Instances made from it are not affected');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Delete image' }).click();
    await expect(page).toHaveURL(/#\/project\/default\/images$/);
    expect((await lxd.request('GET', imagePath(alone))).status).toBe(404);
    // The instance made from it is still there.
    expect(await lxd.instanceStatus(instance)).toBe('Stopped');

    await page.getByRole('searchbox', { name: 'Filter images' }).fill(tag);
    await expect(page.locator('tr[data-image]')).toHaveCount(2);
    await page.getByRole('checkbox', { name: `Select ${tag}-x` }).check();
    await page.getByRole('checkbox', { name: `Select ${b.slice(0, 12)}` }).check();
    await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Delete…' }).click();
    dialog = page.getByRole('dialog', { name: 'Delete 2 images?' });
    const names = dialog.getByRole('list', { name: 'images to delete' }).getByRole('listitem');
    await expect(names).toHaveCount(2);
    for (const name of [`${tag}-x`, b.slice(0, 12)]) await expect(names.filter({ hasText: name })).toHaveCount(1);
    await expect(dialog).toContainText('Instances made from them are not affected');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Delete 2 images' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.locator('tr[data-image]')).toHaveCount(0);
    for (const fingerprint of [a, b]) expect((await lxd.request('GET', imagePath(fingerprint))).status).toBe(404);
  });

  test('at 1280×800 the row actions stay on screen while the wide table scrolls under them; the row menu offers Launch and Delete', async ({ page, lxd, cleanup }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const tag = lxd.uniqueName('im');
    const fingerprint = await makeImage(lxd, cleanup, { alias: `${tag}-a`, description: `${tag} menu` });
    await page.goto(`#/project/default/images?q=${tag}`);
    const row = page.locator(`tr[data-image="${fingerprint}"]`);
    const launchLink = row.getByRole('link', { name: `Launch an instance from ${tag}-a`, exact: true });
    const menuButton = row.getByRole('button', { name: `More actions for ${tag}-a`, exact: true });
    const box = page.locator('.table-scroll');
    // Thirteen columns are wider than the box, yet Launch and the menu are on screen as it opens.
    await expect(launchLink).toBeInViewport({ ratio: 1 });
    await expect(menuButton).toBeInViewport({ ratio: 1 });
    expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeGreaterThan(100);
    const launch = await rowMenuItem(page, `${tag}-a`, `Launch from ${tag}-a`);
    await expect(launch).toBeVisible();
    // Scrolled sideways to its last column, the table moves under the actions, not the actions:
    // the fingerprint comes into view and the open menu stays beside its button.
    await box.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
    });
    await expect(row.getByTitle(fingerprint)).toBeInViewport({ ratio: 1 });
    await expect(launch).toBeVisible();
    await expect(launchLink).toBeInViewport({ ratio: 1 });
    // A narrower window moves the button, and the menu closes rather than float away from it.
    await page.setViewportSize({ width: 1100, height: 800 });
    await expect(launch).toBeHidden();
    await expect(menuButton).toBeInViewport({ ratio: 1 });
    await expectNoAxeViolations(page);
    await (await rowMenuItem(page, `${tag}-a`, `Launch from ${tag}-a`)).click();
    await expect(page).toHaveURL(new RegExp(`#/project/default/instances/create\\?image=${fingerprint}$`));
  });
});
