import type { Page } from '@playwright/test';
import { expect, test, type LxdClient } from './fixtures/test';
import { rowMenuItem } from './fixtures/ui';

interface Snapshot {
  name: string;
  created_at: string;
  expires_at: string;
}

interface Instance {
  config: Record<string, string>;
}

const snapshotsTab = (name: string) => `#/project/default/instance/${name}/snapshots`;
const row = (page: Page, snapshot: string) => page.locator(`tr[data-snapshot="${snapshot}"]`);
const snapshotNames = async (lxd: LxdClient, name: string) =>
  (await lxd.get<Snapshot[]>(`/1.0/instances/${name}/snapshots?recursion=1`)).map((snapshot) => snapshot.name).sort();

/**
 * Waits for the success toast, which comes once LXD's operation has finished, and dismisses it.
 * A new snapshot shows in the list before LXD has finished copying the files (LXD announces it
 * on creating the record), so the toast, not the row, says the job is done.
 */
async function expectToast(page: Page, text: string) {
  const toast = page.getByRole('status').filter({ hasText: text });
  await expect(toast).toBeVisible({ timeout: 30_000 });
  await toast.getByRole('button', { name: 'Dismiss' }).click();
  await expect(toast).toHaveCount(0);
}

/** Opens the tab once the events socket is live, so changes made outside the page reach it. */
async function openSnapshots(page: Page, name: string) {
  await page.goto(snapshotsTab(name));
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(page.getByRole('status', { name: /Connection: Live/ })).toBeVisible();
}

test.describe('instance snapshots', () => {
  test('creates a snapshot with an expiry; refuses bad names before sending and shows LXD refusals', async ({ page, lxd }) => {
    const name = lxd.uniqueName('snap');
    await lxd.createInstance(name);
    await openSnapshots(page, name);
    await expect(page.getByText('No snapshots yet')).toBeVisible();

    const form = page.getByRole('form', { name: 'Create snapshot' });
    const nameField = form.getByRole('textbox', { name: 'Snapshot name' });

    // Refused in the page, as LXD would: nothing reaches LXD.
    await nameField.fill('bad name');
    await form.getByRole('button', { name: 'Create snapshot' }).click();
    await expect(form.getByRole('alert')).toHaveText('Cannot contain spaces.');
    await nameField.fill('a/b');
    await expect(form.getByRole('alert')).toHaveText('Cannot contain "/".');
    expect(await snapshotNames(lxd, name)).toEqual([]);

    // Refused by LXD (the name is too long for the file system): its message stays next to the field, so does the name.
    const tooLong = 'x'.repeat(300);
    await nameField.fill(tooLong);
    await form.getByRole('button', { name: 'Create snapshot' }).click();
    await expect(form.getByRole('alert')).toContainText('file name too long');
    await expect(nameField).toHaveValue(tooLong);
    expect(await snapshotNames(lxd, name)).toEqual([]);

    // A valid name and an expiry two days ahead (local wall-clock time in the field).
    const expiry = new Date(Date.now() + 2 * 24 * 3600_000);
    expiry.setSeconds(0, 0);
    const pad = (value: number) => String(value).padStart(2, '0');
    const local = `${expiry.getFullYear()}-${pad(expiry.getMonth() + 1)}-${pad(expiry.getDate())}T${pad(expiry.getHours())}:${pad(expiry.getMinutes())}`;
    await nameField.fill('before-upgrade');
    await form.getByLabel('Expires at').fill(local);
    await form.getByRole('button', { name: 'Create snapshot' }).click();
    await expectToast(page, `Snapshot of ${name} created`);

    await expect(row(page, 'before-upgrade')).toBeVisible();
    await expect(nameField).toHaveValue('');
    const [snapshot] = await lxd.get<Snapshot[]>(`/1.0/instances/${name}/snapshots?recursion=1`);
    expect(snapshot?.name).toBe('before-upgrade');
    expect(Date.parse(snapshot?.expires_at ?? '')).toBe(expiry.getTime());
    await expect(row(page, 'before-upgrade')).not.toContainText('Never');

    // Without a name LXD picks one from snapshots.pattern; without an expiry it never expires.
    await form.getByRole('button', { name: 'Create snapshot' }).click();
    await expectToast(page, `Snapshot of ${name} created`);
    await expect(row(page, 'snap0')).toBeVisible();
    await expect(row(page, 'snap0')).toContainText('Never');
    expect(await snapshotNames(lxd, name)).toEqual(['before-upgrade', 'snap0']);
  });

  test('renames a snapshot in its row', async ({ page, lxd }) => {
    const name = lxd.uniqueName('snapren');
    await lxd.createInstance(name);
    lxd.lxc(['snapshot', name, 'first']);
    lxd.lxc(['snapshot', name, 'second']);
    await openSnapshots(page, name);

    await (await rowMenuItem(page, 'first', 'Rename first')).click();
    const field = page.getByRole('textbox', { name: 'New name for first' });
    // Taken by the other snapshot: refused in the page.
    await field.fill('second');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect(row(page, 'first').getByRole('alert')).toHaveText('A snapshot named "second" already exists.');

    await field.fill('renamed');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expectToast(page, 'Snapshot renamed');
    await expect(field).toHaveCount(0);
    await expect(row(page, 'renamed')).toBeVisible();
    await expect(row(page, 'first')).toHaveCount(0);
    expect(await snapshotNames(lxd, name)).toEqual(['renamed', 'second']);
  });

  test('restores a snapshot after a confirmation that names what is lost', async ({ page, lxd }) => {
    const name = lxd.uniqueName('snaprst');
    await lxd.createInstance(name, { start: true });
    lxd.lxc(['exec', name, '--', 'sh', '-c', 'echo a > /root/f']);
    lxd.lxc(['snapshot', name, 'known-good']);
    lxd.lxc(['exec', name, '--', 'sh', '-c', 'echo b > /root/f']);
    expect(lxd.lxc(['exec', name, '--', 'cat', '/root/f']).trim()).toBe('b');

    await openSnapshots(page, name);
    await page.getByRole('button', { name: 'Restore known-good' }).click();
    const dialog = page.getByRole('dialog', { name: 'Restore snapshot?' });
    await expect(dialog).toContainText(`Restore ${name} to snapshot known-good`);
    await expect(dialog).toContainText(`The current state of ${name} is lost`);
    await expect(dialog).toContainText('is running: it is stopped for the restore and started again');

    // Cancelling changes nothing.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
    expect(lxd.lxc(['exec', name, '--', 'cat', '/root/f']).trim()).toBe('b');

    await page.getByRole('button', { name: 'Restore known-good' }).click();
    await page.getByRole('dialog', { name: 'Restore snapshot?' }).getByRole('button', { name: 'Restore snapshot' }).click();
    await expectToast(page, `${name} restored`);
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await expect.poll(() => lxd.instanceStatus(name)).toBe('Running');
    expect(lxd.lxc(['exec', name, '--', 'cat', '/root/f']).trim()).toBe('a');
  });

  test('deletes a snapshot after a confirmation naming it and its instance', async ({ page, lxd }) => {
    const name = lxd.uniqueName('snapdel');
    await lxd.createInstance(name);
    lxd.lxc(['snapshot', name, 'keep']);
    lxd.lxc(['snapshot', name, 'drop']);
    await openSnapshots(page, name);

    await (await rowMenuItem(page, 'drop', 'Delete drop')).click();
    const dialog = page.getByRole('dialog', { name: 'Delete snapshot?' });
    await expect(dialog).toContainText(`Delete snapshot drop of ${name}`);
    await dialog.getByRole('button', { name: 'Delete snapshot' }).click();
    await expectToast(page, 'Snapshot deleted');
    await expect(dialog).toHaveCount(0);
    await expect(row(page, 'drop')).toHaveCount(0);
    await expect(row(page, 'keep')).toBeVisible();
    expect(await snapshotNames(lxd, name)).toEqual(['keep']);
    const missing = await lxd.request('GET', `/1.0/instances/${name}/snapshots/drop`);
    expect(missing.status).toBe(404);
  });

  test('edits the snapshot schedule; a change made meanwhile is reported and the typed values stay', async ({ page, lxd }) => {
    const name = lxd.uniqueName('snapsch');
    await lxd.createInstance(name, { config: { 'snapshots.pattern': 'old-%d' } });
    await openSnapshots(page, name);

    await expect(page.locator('[data-key="snapshots.pattern"]')).toHaveText('old-%d');
    await expect(page.locator('[data-key="snapshots.schedule"]')).toHaveText('Not set');

    await page.getByRole('button', { name: 'Edit schedule' }).click();
    const form = page.getByRole('form', { name: 'Snapshot schedule' });
    await form.getByRole('textbox', { name: 'Schedule' }).fill('@daily');
    await form.getByRole('textbox', { name: 'Expire snapshots after' }).fill('two weeks');
    await form.getByRole('button', { name: 'Save schedule' }).click();
    await expect(form.getByRole('alert')).toContainText('Use amounts like');

    await form.getByRole('textbox', { name: 'Expire snapshots after' }).fill('2w');
    await form.getByRole('textbox', { name: 'Name pattern' }).fill('');
    await form.getByRole('combobox', { name: 'Snapshot when stopped' }).selectOption('true');
    await form.getByRole('button', { name: 'Save schedule' }).click();
    await expectToast(page, 'Snapshot schedule saved');
    await expect(form).toHaveCount(0);
    await expect(page.locator('[data-key="snapshots.schedule"]')).toHaveText('@daily');

    const saved = (await lxd.get<Instance>(`/1.0/instances/${name}`)).config;
    expect(saved['snapshots.schedule']).toBe('@daily');
    expect(saved['snapshots.expiry']).toBe('2w');
    expect(saved['snapshots.schedule.stopped']).toBe('true');
    expect(saved).not.toHaveProperty('snapshots.pattern');

    // Someone else changes the instance while the form is open: LXD answers 412 to our If-Match.
    await page.getByRole('button', { name: 'Edit schedule' }).click();
    await form.getByRole('textbox', { name: 'Schedule' }).fill('0 3 * * *');
    await lxd.patch(`/1.0/instances/${name}`, { config: { 'snapshots.expiry': '5d', 'user.note': 'changed elsewhere' } });
    await form.getByRole('button', { name: 'Save schedule' }).click();
    const conflict = form.getByRole('alert');
    await expect(conflict).toContainText(`Someone changed ${name} since you started editing`);
    await expect(conflict).toContainText('snapshots.expiry: 5d');
    await expect(form.getByRole('textbox', { name: 'Schedule' })).toHaveValue('0 3 * * *');
    expect((await lxd.get<Instance>(`/1.0/instances/${name}`)).config['snapshots.schedule']).toBe('@daily');

    // Saving again applies the typed value over the latest version, keeping the other change.
    await form.getByRole('button', { name: 'Save schedule' }).click();
    await expectToast(page, 'Snapshot schedule saved');
    await expect(form).toHaveCount(0);
    const merged = (await lxd.get<Instance>(`/1.0/instances/${name}`)).config;
    expect(merged['snapshots.schedule']).toBe('0 3 * * *');
    expect(merged['snapshots.expiry']).toBe('5d');
    expect(merged['user.note']).toBe('changed elsewhere');
  });

  test('a snapshot made outside the app appears without a reload', async ({ page, lxd }) => {
    const name = lxd.uniqueName('snaplive');
    await lxd.createInstance(name);
    await openSnapshots(page, name);
    await expect(page.getByText('No snapshots yet')).toBeVisible();
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

    lxd.lxc(['snapshot', name, 'from-cli']);
    await expect(row(page, 'from-cli')).toBeVisible();

    lxd.lxc(['delete', `${name}/from-cli`]);
    await expect(row(page, 'from-cli')).toHaveCount(0);
    await expect(page.getByText('No snapshots yet')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });
});
