import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expectNoAxeViolations } from './fixtures/axe';
import { expect as baseExpect, test, type Cleanup, type LxdClient } from './fixtures/test';

// Lazily loaded pages and an LXD shared with other suites: conditions get 30 s instead of 10.
const expect = baseExpect.configure({ timeout: 30_000 });

interface Volume {
  name: string;
  description: string;
  config: Record<string, string>;
  used_by: string[];
}

const volumePath = (pool: string, name: string) => `/1.0/storage-pools/${pool}/volumes/custom/${encodeURIComponent(name)}`;

/** A `dir` pool at a folder made for the test, deleted with its custom volumes afterwards. */
async function secondPool(lxd: LxdClient, cleanup: Cleanup): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lxdeck-pool-'));
  const name = lxd.uniqueName('sv');
  cleanup.add(() => fs.rmSync(dir, { recursive: true, force: true }));
  cleanup.add(async () => {
    const list = await lxd.get<string[]>(`/1.0/storage-pools/${name}/volumes/custom`).catch(() => []);
    for (const url of list) await lxd.request('DELETE', url);
    await lxd.request('DELETE', `/1.0/storage-pools/${name}`);
  });
  await lxd.post('/1.0/storage-pools', { name, driver: 'dir', config: { source: dir } });
  return name;
}

/** A volume name whose volume (in any of `pools`) is deleted after the test. */
function volumeName(lxd: LxdClient, cleanup: Cleanup, prefix: string, pools: string[] = ['default']): string {
  const name = lxd.uniqueName(prefix);
  cleanup.add(async () => {
    for (const pool of pools) await lxd.request('DELETE', volumePath(pool, name));
  });
  return name;
}

test.describe('storage volumes', () => {
  test.describe.configure({ timeout: 180_000 });

  test('create, resize, rename, then copy to a second pool; the list of every pool shows both', async ({ page, lxd, cleanup }) => {
    const second = await secondPool(lxd, cleanup);
    const name = volumeName(lxd, cleanup, 'vol', ['default', second]);
    const renamed = volumeName(lxd, cleanup, 'vol2', ['default', second]);

    await page.goto('#/project/default/storage/pool/default/volumes');
    await expect(page.getByRole('tab', { name: 'Volumes' }).or(page.getByRole('link', { name: 'Volumes', exact: true }))).toBeVisible();
    await page.getByRole('button', { name: 'Create volume' }).click();
    const create = page.getByRole('dialog', { name: 'Create volume' });
    await create.getByRole('textbox', { name: 'Name' }).fill(name);
    await create.getByRole('textbox', { name: 'Size' }).fill('64MiB');
    await create.getByRole('textbox', { name: 'Description' }).fill('<i>data</i>');
    await expectNoAxeViolations(page, { include: 'dialog[open]' });
    await create.getByRole('button', { name: 'Create volume' }).click();

    await expect(page).toHaveURL(new RegExp(`#/project/default/storage/pool/default/volume/custom/${name}$`));
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
    await expect(page.getByText('<i>data</i>')).toBeVisible();
    expect(lxd.lxc(['storage', 'volume', 'show', 'default', name])).toContain('size: 64MiB');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Resize…' }).click();
    const resize = page.getByRole('dialog', { name: `Resize volume ${name}` });
    await resize.getByRole('textbox', { name: 'New size' }).fill('128MiB');
    await resize.getByRole('button', { name: 'Resize' }).click();
    await expect(resize).toBeHidden();
    await expect(page.getByRole('table', { name: 'Volume facts' }).getByRole('row', { name: /Size 128MiB/ })).toBeVisible();
    expect(lxd.lxc(['storage', 'volume', 'show', 'default', name])).toContain('size: 128MiB');

    await page.getByRole('button', { name: 'Rename…' }).click();
    const rename = page.getByRole('dialog', { name: /Rename volume/ });
    await rename.getByRole('textbox').fill(renamed);
    await rename.getByRole('button', { name: 'Rename' }).click();
    await expect(page).toHaveURL(new RegExp(`/volume/custom/${renamed}$`));
    expect((await lxd.request('GET', volumePath('default', name))).status).toBe(404);

    await page.getByRole('button', { name: 'Copy or move…' }).click();
    const copy = page.getByRole('dialog', { name: `Copy or move volume ${renamed}` });
    await copy.getByRole('combobox', { name: 'Target pool' }).selectOption(second);
    await expectNoAxeViolations(page, { include: 'dialog[open]' });
    await copy.getByRole('button', { name: 'Copy volume' }).click();
    await expect(page).toHaveURL(new RegExp(`#/project/default/storage/pool/${second}/volume/custom/${renamed}$`));
    const copied = await lxd.get<Volume>(volumePath(second, renamed));
    expect(copied.config.size).toBe('128MiB');
    expect(copied.description).toBe('<i>data</i>');

    await page.goto(`#/project/default/storage/volumes?q=${renamed}`);
    const table = page.getByRole('table', { name: 'Storage volumes' });
    await expect(table.locator(`tr[data-volume="default/custom/${renamed}"]`)).toBeVisible();
    await expect(table.locator(`tr[data-volume="${second}/custom/${renamed}"]`)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a pool with many volumes lists them by name at once, reads only the rows on screen, and a search by description reads them all', async ({ page, lxd, cleanup }) => {
    const pool = await secondPool(lxd, cleanup);
    const count = 45;
    const names = Array.from({ length: count }, (_, i) => `many-${String(i + 1).padStart(2, '0')}`);
    // The last volume, far below the screen, is the only one the search word is in (its description).
    const needle = lxd.uniqueName('needle');
    for (let i = 0; i < count; i += 5) {
      await Promise.all(names.slice(i, i + 5).map((name) => lxd.post(`/1.0/storage-pools/${pool}/volumes/custom`, { name, description: name === 'many-45' ? needle : '', config: {} })));
    }
    const requests: { path: string; recursion: boolean }[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith(`/1.0/storage-pools/${pool}/volumes`)) requests.push({ path: url.pathname, recursion: url.searchParams.has('recursion') });
    });

    await page.goto(`#/project/default/storage/pool/${pool}/volumes`);
    const table = page.getByRole('table', { name: 'Storage volumes' });
    await expect(table.locator('tr[data-volume]').first()).toBeVisible();
    // Every row on screen gets its volume (content type) and used size.
    await expect(table.locator('[aria-label="Loading"]')).toHaveCount(0);
    await expect(table.locator('[aria-label="Loading used size"]')).toHaveCount(0);
    await expect(table.locator(`tr[data-volume="${pool}/custom/many-01"]`)).toContainText('filesystem');
    const rendered = await table.locator('tr[data-volume]').count();
    expect(rendered).toBeLessThan(count);
    // Which volumes were read, not how often: a read answered before the events socket opened is
    // read once more when it opens (realtime/rereadBefore.ts), as it may predate the socket.
    const read = new Set(requests.filter((r) => /\/volumes\/custom\/[^/]+$/.test(r.path)).map((r) => r.path));
    expect(read.size).toBeLessThanOrEqual(rendered);
    expect(requests.filter((r) => r.recursion)).toEqual([]);
    await expectNoAxeViolations(page);

    await page.getByRole('searchbox', { name: 'Filter volumes' }).fill(needle);
    await expect(table.locator(`tr[data-volume="${pool}/custom/many-45"]`)).toBeVisible();
    await expect(table.locator('tr[data-volume]')).toHaveCount(1);
    await expect(page.getByRole('status').filter({ hasText: /^Read \d+ of 45 volumes/ })).toBeHidden();
  });

  test('attach to a running container, read what it wrote; deleting it attached is refused naming the instance; detach from the instance page', async ({
    page,
    lxd,
    cleanup,
  }) => {
    const name = volumeName(lxd, cleanup, 'att');
    const instance = lxd.uniqueName('vc');
    // Cleanups run last-added first: the instance goes before its volume.
    cleanup.add(() => lxd.deleteInstance(instance));
    await lxd.createInstance(instance, { start: true });
    await lxd.post('/1.0/storage-pools/default/volumes/custom', { name, config: {} });

    await page.goto(`#/project/default/storage/pool/default/volume/custom/${name}`);
    await expect(page.getByText('Not attached to any instance.')).toBeVisible();
    await page.getByRole('button', { name: 'Attach…' }).click();
    const attach = page.getByRole('dialog', { name: `Attach volume ${name}` });
    await attach.getByRole('combobox', { name: 'Instance' }).selectOption(instance);
    await attach.getByRole('textbox', { name: 'Path in the instance' }).fill('/mnt/data');
    await expectNoAxeViolations(page, { include: 'dialog[open]' });
    await attach.getByRole('button', { name: 'Attach' }).click();
    await expect(attach).toBeHidden();
    await expect(page.getByRole('table', { name: `Instances using ${name}` }).getByRole('link', { name: instance })).toBeVisible();

    // Written inside the container, read back through lxc exec.
    lxd.lxc(['exec', instance, '--', 'sh', '-c', 'echo written-inside > /mnt/data/note.txt']);
    // Polled: on a loaded machine LXD 5.0's `lxc exec` now and then returns without the output (canonical/lxd#11422).
    await expect.poll(() => lxd.lxc(['exec', instance, '--', 'cat', '/mnt/data/note.txt']).trim()).toBe('written-inside');

    await page.getByRole('button', { name: 'Delete…' }).click();
    const refused = page.getByRole('dialog', { name: `Cannot delete volume ${name}` });
    await expect(refused).toContainText(`attached to instance ${instance}`);
    await expect(refused.getByRole('link', { name: `instance ${instance}` })).toBeVisible();
    await refused.getByRole('button', { name: 'Close' }).click();

    await page.goto(`#/project/default/instance/${instance}/storage`);
    const disks = page.getByRole('table', { name: `Disks of ${instance}` });
    await expect(disks.getByRole('link', { name: `default/${name}` })).toBeVisible();
    await expectNoAxeViolations(page);
    await disks.getByRole('button', { name: `Detach ${name}` }).click();
    await expect(disks.getByRole('link', { name: `default/${name}` })).toHaveCount(0);
    await expect.poll(async () => (await lxd.get<Volume>(volumePath('default', name))).used_by).toEqual([]);
    await expect.poll(() => lxd.lxc(['exec', instance, '--', 'sh', '-c', 'test -e /mnt/data/note.txt && echo present || echo gone']).trim()).toBe('gone');
  });

  test('snapshot a volume with an expiry, change it, restore: the old content is back', async ({ page, lxd, cleanup }) => {
    const name = volumeName(lxd, cleanup, 'vsn');
    const instance = lxd.uniqueName('vs');
    cleanup.add(() => lxd.deleteInstance(instance));
    await lxd.post('/1.0/storage-pools/default/volumes/custom', { name, config: {} });
    await lxd.createInstance(instance, { start: true, devices: { data: { type: 'disk', pool: 'default', source: name, path: '/mnt/data' } } });
    const write = (text: string) => lxd.lxc(['exec', instance, '--', 'sh', '-c', `echo ${text} > /mnt/data/note.txt`]);
    // Polled where read: on a loaded machine LXD 5.0's `lxc exec` now and then returns without the output (canonical/lxd#11422).
    const read = () => lxd.lxc(['exec', instance, '--', 'cat', '/mnt/data/note.txt']).trim();
    write('first-version');

    await page.goto(`#/project/default/storage/pool/default/volume/custom/${name}/snapshots`);
    const form = page.getByRole('form', { name: 'Create snapshot' });
    const expiry = new Date(Date.now() + 2 * 24 * 3600_000);
    expiry.setSeconds(0, 0);
    const pad = (value: number) => String(value).padStart(2, '0');
    const local = `${expiry.getFullYear()}-${pad(expiry.getMonth() + 1)}-${pad(expiry.getDate())}T${pad(expiry.getHours())}:${pad(expiry.getMinutes())}`;
    await form.getByRole('textbox', { name: 'Snapshot name' }).fill('known-good');
    await form.getByLabel('Expires at').fill(local);
    await form.getByRole('button', { name: 'Create snapshot' }).click();
    const row = page.locator('tr[data-snapshot="known-good"]');
    await expect(row).toBeVisible();
    await expect(row).not.toContainText('Never');
    const [snapshot] = await lxd.get<{ name: string; expires_at: string }[]>(`${volumePath('default', name)}/snapshots?recursion=1`);
    expect(Date.parse(snapshot?.expires_at ?? '')).toBe(expiry.getTime());
    await expectNoAxeViolations(page);

    write('second-version');
    await expect.poll(read).toBe('second-version');
    // LXD refuses to restore a volume a running instance uses.
    await lxd.stopInstance(instance, { force: true });
    await page.getByRole('button', { name: 'Restore known-good' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore snapshot?' });
    await expect(dialog).toContainText(name);
    await dialog.getByRole('button', { name: 'Restore snapshot' }).click();
    await expect(page.getByRole('status').filter({ hasText: `${name} restored` })).toBeVisible();
    await lxd.startInstance(instance);
    await expect.poll(read).toBe('first-version');
  });

  test('a concurrent edit of a volume shows the conflict; the edit is re-applied and saved', async ({ page, lxd, cleanup }) => {
    const name = volumeName(lxd, cleanup, 'vcf');
    await lxd.post('/1.0/storage-pools/default/volumes/custom', { name, description: 'start', config: {} });
    await page.goto(`#/project/default/storage/pool/default/volume/custom/${name}/configuration`);
    await page.getByRole('textbox', { name: 'Snapshot schedule' }).fill('@daily');
    lxd.lxc(['storage', 'volume', 'set', 'default', name, 'snapshots.expiry', '3d']);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { name: 'Not saved: the volume changed on the server' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Re-apply my changes on the new version' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Saved the configuration of ${name}` })).toBeVisible();
    const volume = await lxd.get<Volume>(volumePath('default', name));
    expect(volume.config).toEqual({ 'snapshots.expiry': '3d', 'snapshots.schedule': '@daily' });
  });

  test('export a backup to a file, import it as a new volume: identical content', async ({ page, lxd, cleanup }) => {
    const name = volumeName(lxd, cleanup, 'vbk');
    const imported = volumeName(lxd, cleanup, 'vim');
    await lxd.post('/1.0/storage-pools/default/volumes/custom', { name, config: {} });
    // A dir pool keeps a volume as a folder: the content is written and read there.
    const folder = (volume: string) => path.join(lxd.state.lxdDir, 'storage-pools', 'default', 'custom', `default_${volume}`);
    fs.writeFileSync(path.join(folder(name), 'note.txt'), 'kept-in-the-backup\n');

    await page.goto(`#/project/default/storage/pool/default/volume/custom/${name}/backups`);
    const form = page.getByRole('form', { name: 'Create backup' });
    await form.getByRole('textbox', { name: 'Backup name' }).fill('b1');
    await form.getByRole('button', { name: 'Create backup' }).click();
    await expect(page.locator('tr[data-backup="b1"]')).toBeVisible();
    await expectNoAxeViolations(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download b1' }).click()]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lxdeck-backup-')), 'volume.tar.gz');
    cleanup.add(() => fs.rmSync(path.dirname(file), { recursive: true, force: true }));
    await download.saveAs(file);
    expect(fs.statSync(file).size).toBeGreaterThan(0);

    await page.goto('#/project/default/storage/pool/default/volumes');
    await page.getByRole('button', { name: 'Import from file…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a volume into default' });
    await dialog.getByLabel('Backup file').setInputFiles(file);
    await dialog.getByRole('textbox', { name: 'New volume name' }).fill(imported);
    await expectNoAxeViolations(page, { include: 'dialog[open]' });
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(page).toHaveURL(new RegExp(`/volume/custom/${imported}$`));
    expect(fs.readFileSync(path.join(folder(imported), 'note.txt'), 'utf8')).toBe('kept-in-the-backup\n');
  });
});
