import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test, type LxdClient } from './fixtures/test';
import { rowMenuItem } from './fixtures/ui';

interface Backup {
  name: string;
  expires_at: string;
  instance_only: boolean;
}

/** A log file's text as the API returns it (raw, not JSON: the test client hands non-JSON bodies back in `error`). */
async function logText(lxd: LxdClient, name: string, file: string): Promise<string> {
  const response = await lxd.request('GET', `/1.0/instances/${name}/logs/${file}`);
  expect(response.status).toBe(200);
  return response.body.error;
}

const row = (page: Page, backup: string) => page.locator(`tr[data-backup="${backup}"]`);
const backups = (lxd: LxdClient, name: string) => lxd.get<Backup[]>(`/1.0/instances/${name}/backups?recursion=1`);

/**
 * Waits for the success toast, which comes once LXD's operation has finished, and dismisses it.
 * A new backup shows in the list before LXD has finished writing its file, so the toast, not the
 * row, says the job is done.
 */
async function expectToast(page: Page, text: string) {
  const toast = page.getByRole('status').filter({ hasText: text });
  await expect(toast).toBeVisible({ timeout: 30_000 });
  await toast.getByRole('button', { name: 'Dismiss' }).click();
  await expect(toast).toHaveCount(0);
}

async function openTab(page: Page, name: string, tab: 'backups' | 'logs') {
  await page.goto(`#/project/default/instance/${name}/${tab}`);
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(page.getByRole('status', { name: /Connection: Live/ })).toBeVisible();
}

/** Names of the entries of a tar archive (ustar headers: name in the first 100 bytes of each 512-byte block). */
function tarEntries(archive: Buffer): string[] {
  const names: string[] = [];
  let offset = 0;
  while (offset + 512 <= archive.length) {
    const header = archive.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    const prefix = header.subarray(345, 500).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(header.subarray(124, 136).toString('utf8').replace(/\0.*$/s, '').trim() || '0', 8);
    names.push(prefix ? `${prefix}/${name}` : name);
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return names;
}

test.describe('instance backups', () => {
  test('creates backups with and without snapshots', async ({ page, lxd }) => {
    const name = lxd.uniqueName('bak');
    await lxd.createInstance(name);
    lxd.lxc(['snapshot', name, 's0']);
    await openTab(page, name, 'backups');
    await expect(page.getByText('No backups yet')).toBeVisible();

    const form = page.getByRole('form', { name: 'Create backup' });
    await form.getByRole('textbox', { name: 'Backup name' }).fill('a/b');
    await form.getByRole('button', { name: 'Create backup' }).click();
    await expect(form.getByRole('alert')).toHaveText('Cannot contain "/".');

    // With snapshots (the default), named, expiring in three days.
    const expiry = new Date(Date.now() + 3 * 24 * 3600_000);
    expiry.setSeconds(0, 0);
    const pad = (value: number) => String(value).padStart(2, '0');
    await form.getByRole('textbox', { name: 'Backup name' }).fill('full');
    await form
      .getByLabel('Expires at')
      .fill(`${expiry.getFullYear()}-${pad(expiry.getMonth() + 1)}-${pad(expiry.getDate())}T${pad(expiry.getHours())}:${pad(expiry.getMinutes())}`);
    await expect(form.getByRole('checkbox', { name: 'Include snapshots' })).toBeChecked();
    await form.getByRole('button', { name: 'Create backup' }).click();
    await expectToast(page, `Backup of ${name} created`);
    await expect(row(page, 'full')).toContainText('Instance and snapshots');
    await expect(form.getByRole('textbox', { name: 'Backup name' })).toHaveValue('');

    // Without snapshots and without a name: LXD names it.
    await form.getByRole('checkbox', { name: 'Include snapshots' }).uncheck();
    await form.getByRole('button', { name: 'Create backup' }).click();
    await expectToast(page, `Backup of ${name} created`);
    await expect(row(page, 'backup0')).toContainText('Instance only');
    await expect(row(page, 'backup0')).toContainText('Never');

    const list = await backups(lxd, name);
    const full = list.find((backup) => backup.name === 'full');
    const only = list.find((backup) => backup.name === 'backup0');
    expect(full?.instance_only).toBe(false);
    expect(Date.parse(full?.expires_at ?? '')).toBe(expiry.getTime());
    expect(only?.instance_only).toBe(true);
    expect(list).toHaveLength(2);
  });

  test('downloads a backup as a tarball through the browser', async ({ page, lxd }) => {
    const name = lxd.uniqueName('bakdl');
    await lxd.createInstance(name);
    await lxd.post(`/1.0/instances/${name}/backups`, { name: 'nightly', instance_only: true });
    await openTab(page, name, 'backups');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row(page, 'nightly').getByRole('link', { name: 'Download nightly' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${name}-nightly.tar.gz`);
    expect(await download.failure()).toBeNull();
    const file = await download.path();
    expect(statSync(file).size).toBeGreaterThan(1024);
    const entries = tarEntries(gunzipSync(readFileSync(file)));
    expect(entries).toContain('backup/index.yaml');
    expect(entries.some((entry) => entry.startsWith('backup/container/rootfs/'))).toBe(true);
  });

  test('deletes a backup after a confirmation naming it and its instance', async ({ page, lxd }) => {
    const name = lxd.uniqueName('bakdel');
    await lxd.createInstance(name);
    await lxd.post(`/1.0/instances/${name}/backups`, { name: 'old', instance_only: true });
    await lxd.post(`/1.0/instances/${name}/backups`, { name: 'new', instance_only: true });
    await openTab(page, name, 'backups');

    await (await rowMenuItem(row(page, 'old'), 'old', 'Delete old')).click();
    const dialog = page.getByRole('dialog', { name: 'Delete backup?' });
    await expect(dialog).toContainText(`Delete backup old of ${name}`);
    await dialog.getByRole('button', { name: 'Delete backup' }).click();
    await expectToast(page, 'Backup deleted');
    await expect(dialog).toHaveCount(0);
    await expect(row(page, 'old')).toHaveCount(0);
    await expect(row(page, 'new')).toBeVisible();
    expect((await backups(lxd, name)).map((backup) => backup.name)).toEqual(['new']);
  });

  test('a backup made outside the app appears without a reload', async ({ page, lxd }) => {
    const name = lxd.uniqueName('baklive');
    await lxd.createInstance(name);
    await openTab(page, name, 'backups');
    await expect(page.getByText('No backups yet')).toBeVisible();

    await lxd.post(`/1.0/instances/${name}/backups`, { name: 'from-api', instance_only: true });
    await expect(row(page, 'from-api')).toBeVisible();
  });
});

test.describe('instance logs', () => {
  test('lists the log files of a running container and shows lxc.log as LXD has it', async ({ page, lxd }) => {
    const name = lxd.uniqueName('logs');
    await lxd.createInstance(name, { start: true });
    const files = await lxd.get<string[]>(`/1.0/instances/${name}/logs`);
    expect(files).toContain(`/1.0/instances/${name}/logs/lxc.log`);

    await openTab(page, name, 'logs');
    const nav = page.getByRole('navigation', { name: 'Log files' });
    await expect(nav.getByRole('button', { name: 'lxc.log' })).toHaveAttribute('aria-current', 'true');
    await expect(nav.getByRole('button', { name: 'lxc.conf' })).toBeVisible();

    // The page shows a line of lxc.log that the API returns too.
    const text = await logText(lxd, name, 'lxc.log');
    const line = text.split('\n').find((candidate) => candidate.trim() !== '');
    expect(line).toBeTruthy();
    await expect(page.getByLabel('Contents of lxc.log')).toContainText(line ?? '');

    // Another file, kept in the URL.
    await nav.getByRole('button', { name: 'lxc.conf' }).click();
    await expect(page).toHaveURL(/file=lxc\.conf/);
    await expect(page.getByLabel('Contents of lxc.conf')).toContainText(`lxc.uts.name = ${name}`);
    await page.reload();
    await expect(page.getByLabel('Contents of lxc.conf')).toBeVisible();
  });

  test('an empty log is a plain message, not an error', async ({ page, lxd }) => {
    const name = lxd.uniqueName('logsempty');
    await lxd.createInstance(name);
    expect(await logText(lxd, name, 'lxc.log')).toBe('');

    await openTab(page, name, 'logs');
    await expect(page.getByRole('status').filter({ hasText: 'lxc.log is empty.' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
