import type { Page } from '@playwright/test';
import { rowMenuItem } from './fixtures/ui';
import { expect, test } from './fixtures/test';

// Rows are located by the instance name the test created, so other objects on the sandbox never
// change what a test sees. Every action is checked in LXD through the API, not only on the page.
const row = (page: Page, name: string) => page.locator(`tr[data-instance="${name}"]`);
const actions = (page: Page) => page.getByRole('group', { name: 'Instance actions' });
const bulkBar = (page: Page) => page.getByRole('toolbar', { name: 'Bulk actions' });
/** Stop, restart and bulk runs on running instances ask first: confirm the dialog titled `title`. */
const confirm = async (page: Page, title: string, button: string) => {
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await expect(dialog).toHaveCount(0);
};

interface Snapshot {
  name: string;
}

test.describe('instance lifecycle from the list', () => {
  test('start and stop from the row', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('row');
    cleanup.instance(name);
    await lxd.createInstance(name);

    await page.goto(`#/project/default/instances?q=${name}`);
    await expect(row(page, name).getByText('Stopped')).toBeVisible();
    // Not applicable yet: disabled, and saying why.
    await expect(row(page, name).getByRole('button', { name: `Stop ${name}`, exact: true })).toBeDisabled();
    await expect(row(page, name).getByRole('button', { name: `Stop ${name}`, exact: true })).toHaveAccessibleDescription(
      'The instance is not running',
    );

    await row(page, name).getByRole('button', { name: `Start ${name}`, exact: true }).click();
    await expect(row(page, name).getByText('Running')).toBeVisible();
    await expect.poll(() => lxd.instanceStatus(name)).toBe('Running');
    const rowDelete = await rowMenuItem(row(page, name), name, `Delete ${name}`);
    await expect(rowDelete).toHaveAccessibleDescription('Stop the instance before deleting it');
    await page.keyboard.press('Escape');

    await row(page, name).getByRole('button', { name: `Stop ${name}`, exact: true }).click();
    // Asks first, naming the instance; Cancel leaves it running.
    await page.getByRole('dialog', { name: `Stop ${name}?` }).getByRole('button', { name: 'Cancel' }).click();
    expect(await lxd.instanceStatus(name)).toBe('Running');
    await row(page, name).getByRole('button', { name: `Stop ${name}`, exact: true }).click();
    await confirm(page, `Stop ${name}?`, 'Stop');
    await expect(row(page, name).getByText('Stopped')).toBeVisible();
    await expect.poll(() => lxd.instanceStatus(name)).toBe('Stopped');
  });

  test('a graceful stop that hangs shows "Stopping…" and can be forced from the row', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('hang');
    cleanup.instance(name);
    // LXD sends this signal to init for a clean stop; the image's init ignores it, so the
    // graceful stop waits for its timeout.
    await lxd.createInstance(name, { start: true, config: { 'raw.lxc': 'lxc.signal.halt=SIGUSR1' } });

    await page.goto(`#/project/default/instances?q=${name}`);
    await expect(row(page, name).getByText('Running')).toBeVisible();
    await row(page, name).getByRole('button', { name: `Stop ${name}`, exact: true }).click();
    await confirm(page, `Stop ${name}?`, 'Stop');
    await expect(row(page, name).getByText('Stopping…')).toBeVisible();
    expect(await lxd.instanceStatus(name)).toBe('Running');

    await row(page, name).getByRole('button', { name: `Force stop ${name}`, exact: true }).click();
    await confirm(page, `Force stop ${name}?`, 'Force stop');
    await expect(row(page, name).getByText('Stopped')).toBeVisible({ timeout: 20_000 });
    await expect.poll(() => lxd.instanceStatus(name)).toBe('Stopped');
  });

  test('a profile added to and removed from three selected instances', async ({ page, lxd, cleanup }) => {
    const prefix = lxd.uniqueName('bprof');
    const names = [`${prefix}-a`, `${prefix}-b`, `${prefix}-c`];
    const profile = `${prefix}-p`;
    // Instances go first in cleanup (last added, first run), then the profile they used.
    await lxd.post('/1.0/profiles', { name: profile, description: 'bulk', config: { 'limits.cpu': '1' }, devices: {} });
    cleanup.add(() => lxd.delete(`/1.0/profiles/${profile}`));
    for (const name of names) {
      cleanup.instance(name);
      await lxd.createInstance(name);
    }
    const profilesOf = async (name: string) => (await lxd.get<{ profiles: string[] }>(`/1.0/instances/${name}`)).profiles;

    await page.goto(`#/project/default/instances?q=${prefix}`);
    await expect(page.locator('tbody tr[data-instance]')).toHaveCount(3);
    await page.getByRole('checkbox', { name: 'Select all shown instances' }).check();
    await bulkBar(page).getByRole('button', { name: 'Profiles…', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Profiles of 3 instances' });
    await dialog.getByRole('combobox', { name: 'Profile' }).selectOption(profile);
    await dialog.getByRole('button', { name: 'Add profile', exact: true }).click();
    await expect(dialog.getByRole('status').filter({ hasText: '3 instances changed' })).toBeVisible({ timeout: 30_000 });
    for (const name of names) expect(await profilesOf(name)).toEqual(['default', profile]);
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();

    await bulkBar(page).getByRole('button', { name: 'Profiles…', exact: true }).click();
    await dialog.getByRole('combobox', { name: 'Profile' }).selectOption(profile);
    await dialog.getByRole('radio', { name: 'Remove it' }).check();
    await dialog.getByRole('button', { name: 'Remove profile', exact: true }).click();
    await expect(dialog.getByRole('status').filter({ hasText: '3 instances changed' })).toBeVisible({ timeout: 30_000 });
    for (const name of names) expect(await profilesOf(name)).toEqual(['default']);
  });

  test('bulk start and bulk stop of three instances', async ({ page, lxd, cleanup }) => {
    const prefix = lxd.uniqueName('bulk');
    const names = [`${prefix}-a`, `${prefix}-b`, `${prefix}-c`];
    for (const name of names) {
      cleanup.instance(name);
      await lxd.createInstance(name);
    }

    await page.goto(`#/project/default/instances?q=${prefix}`);
    await expect(page.locator('tbody tr[data-instance]')).toHaveCount(3);
    await page.getByRole('checkbox', { name: 'Select all shown instances' }).check();
    await expect(bulkBar(page)).toContainText('3 selected');

    await bulkBar(page).getByRole('button', { name: 'Start (3)', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Started 3 instances.' })).toBeVisible({ timeout: 30_000 });
    for (const name of names) {
      await expect(row(page, name).getByText('Running')).toBeVisible();
      expect(await lxd.instanceStatus(name)).toBe('Running');
    }

    await bulkBar(page).getByRole('button', { name: 'Stop (3)', exact: true }).click();
    const asked = page.getByRole('dialog', { name: 'Stop 3 instances?' });
    await expect(asked.getByRole('list', { name: 'Instances to stop' }).getByRole('listitem')).toHaveText(names);
    await asked.getByRole('button', { name: 'Stop 3 instances', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Stopped 3 instances.' })).toBeVisible({ timeout: 30_000 });
    for (const name of names) {
      await expect(row(page, name).getByText('Stopped')).toBeVisible();
      expect(await lxd.instanceStatus(name)).toBe('Stopped');
    }
  });

  test('bulk delete lists every name and leaves the running one alone', async ({ page, lxd, cleanup }) => {
    const prefix = lxd.uniqueName('bdel');
    const doomed = [`${prefix}-a`, `${prefix}-b`, `${prefix}-c`];
    const running = `${prefix}-run`;
    for (const name of doomed) {
      cleanup.instance(name);
      await lxd.createInstance(name);
    }
    cleanup.instance(running);
    await lxd.createInstance(running, { start: true });

    await page.goto(`#/project/default/instances?q=${prefix}`);
    await expect(page.locator('tbody tr[data-instance]')).toHaveCount(4);
    for (const name of [...doomed, running]) {
      await row(page, name).getByRole('checkbox', { name: `Select ${name}` }).check();
    }
    await bulkBar(page).getByRole('button', { name: 'Delete… (3)', exact: true }).click();

    const dialog = page.getByRole('dialog', { name: 'Delete 3 instances?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('list', { name: 'Instances to delete' }).getByRole('listitem')).toHaveText(doomed);
    await expect(dialog.getByRole('list', { name: 'Instances not deleted' })).toContainText(running);
    await dialog.getByRole('button', { name: 'Delete 3 instances', exact: true }).click();

    await expect(dialog).toBeHidden({ timeout: 30_000 });
    for (const name of doomed) {
      await expect(row(page, name)).toHaveCount(0);
      expect(await lxd.instanceStatus(name)).toBeNull();
    }
    expect(await lxd.instanceStatus(running)).toBe('Running');
  });

  test('starting an instance whose NIC points at a missing network shows LXD\'s error; the row stays Stopped', async ({
    page,
    lxd,
    cleanup,
  }) => {
    const name = lxd.uniqueName('nonet');
    cleanup.instance(name);
    await lxd.createInstance(name, {
      devices: { eth0: { type: 'nic', nictype: 'bridged', parent: 'lxdeckmissing0', name: 'eth0' } },
    });

    await page.goto(`#/project/default/instances?q=${name}`);
    await row(page, name).getByRole('button', { name: `Start ${name}`, exact: true }).click();
    const toast = page.getByRole('alert').filter({ hasText: `Could not start ${name}` });
    await expect(toast).toContainText('lxdeckmissing0');
    await expect(toast).toContainText("doesn't exist");
    await expect(row(page, name).getByText('Stopped')).toBeVisible();
    await expect(row(page, name).getByRole('button', { name: `Start ${name}`, exact: true })).toBeEnabled();
    expect(await lxd.instanceStatus(name)).toBe('Stopped');
  });
});

test.describe('instance lifecycle from the detail page', () => {
  test('a graceful stop that times out says so with LXD\'s message and offers "Force stop"', async ({
    page,
    lxd,
    cleanup,
  }) => {
    // The graceful stop waits its full 30 s before LXD gives up.
    test.setTimeout(120_000);
    const name = lxd.uniqueName('tmo');
    cleanup.instance(name);
    await lxd.createInstance(name, { start: true, config: { 'raw.lxc': 'lxc.signal.halt=SIGUSR1' } });

    await page.goto(`#/project/default/instance/${name}`);
    await actions(page).getByRole('button', { name: 'Stop', exact: true }).click();
    await confirm(page, `Stop ${name}?`, 'Stop');
    await expect(page.getByRole('status').filter({ hasText: 'Stopping…' })).toBeVisible();

    const toast = page.getByRole('alert').filter({ hasText: `Could not stop ${name}` });
    await expect(toast).toContainText('Failed shutting down instance', { timeout: 60_000 });
    expect(await lxd.instanceStatus(name)).toBe('Running');
    const force = actions(page).getByRole('button', { name: 'Force stop', exact: true });
    await expect(force).toHaveAttribute('title', /The graceful stop failed: Failed shutting down instance/);
    await expect(page.locator('.page-header').getByText('Running', { exact: true })).toBeVisible();

    await force.click();
    await confirm(page, `Force stop ${name}?`, 'Force stop');
    await expect(page.locator('.page-header').getByText('Stopped', { exact: true })).toBeVisible();
    await expect.poll(() => lxd.instanceStatus(name)).toBe('Stopped');
    // Stopped for good: the button is a plain Stop again, disabled.
    await expect(actions(page).getByRole('button', { name: 'Stop', exact: true })).toBeDisabled();
  });

  test('restart, freeze and unfreeze', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('det');
    cleanup.instance(name);
    await lxd.createInstance(name, { start: true });
    const pidBefore = (await lxd.get<{ pid: number }>(`/1.0/instances/${name}/state`)).pid;

    await page.goto(`#/project/default/instance/${name}`);
    const header = page.locator('.page-header');
    await expect(header.getByText('Running', { exact: true })).toBeVisible();
    await expect(actions(page).getByRole('button', { name: 'Unfreeze', exact: true })).toHaveCount(0);

    await actions(page).getByRole('button', { name: 'Restart', exact: true }).click();
    await confirm(page, `Restart ${name}?`, 'Restart');
    await expect
      .poll(async () => (await lxd.get<{ pid: number }>(`/1.0/instances/${name}/state`)).pid, { timeout: 30_000 })
      .not.toBe(pidBefore);
    await expect(actions(page).getByRole('button', { name: 'Restart', exact: true })).toBeEnabled({ timeout: 30_000 });
    expect(await lxd.instanceStatus(name)).toBe('Running');

    await actions(page).getByRole('button', { name: 'Freeze', exact: true }).click();
    await expect(header.getByText('Frozen', { exact: true })).toBeVisible();
    await expect.poll(() => lxd.instanceStatus(name)).toBe('Frozen');
    await expect(actions(page).getByRole('button', { name: 'Restart', exact: true })).toBeDisabled();

    await actions(page).getByRole('button', { name: 'Unfreeze', exact: true }).click();
    await expect(header.getByText('Running', { exact: true })).toBeVisible();
    await expect.poll(() => lxd.instanceStatus(name)).toBe('Running');
  });

  test('rename: LXD\'s name rules and duplicates are refused where the user typed, then the rename lands', async ({
    page,
    lxd,
    cleanup,
  }) => {
    const name = lxd.uniqueName('ren');
    const taken = `${name}-taken`;
    const renamed = `${name}-new`;
    cleanup.instance(name);
    cleanup.instance(renamed);
    await lxd.createInstance(name);

    await page.goto(`#/project/default/instance/${name}`);
    await actions(page).getByRole('button', { name: 'Rename…', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Rename ${name}` });
    const field = dialog.getByRole('textbox', { name: 'New name' });

    await field.fill('9lives');
    await dialog.getByRole('button', { name: 'Rename', exact: true }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Name must not start with a number');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(await lxd.instanceStatus(name)).toBe('Stopped');

    // Taken after the dialog opened: the app or LXD refuses it; either way at the field.
    cleanup.instance(taken);
    await lxd.createInstance(taken);
    await field.fill(taken);
    await dialog.getByRole('button', { name: 'Rename', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText(/already (exists|in use)/);
    await expect(field).toHaveValue(taken);
    expect(await lxd.instanceStatus(name)).toBe('Stopped');

    await field.fill(renamed);
    await dialog.getByRole('button', { name: 'Rename', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#/project/default/instance/${renamed}$`));
    await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();
    expect(await lxd.instanceStatus(renamed)).toBe('Stopped');
    expect(await lxd.instanceStatus(name)).toBeNull();
  });

  test('rename is disabled while the instance runs, saying why', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('renrun');
    cleanup.instance(name);
    await lxd.createInstance(name, { start: true });
    await page.goto(`#/project/default/instance/${name}`);
    const rename = actions(page).getByRole('button', { name: 'Rename…', exact: true });
    await expect(rename).toBeDisabled();
    await expect(rename).toHaveAccessibleDescription('Stop the instance before renaming it');
  });

  test('copy with and without snapshots', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('cp');
    const full = `${name}-full`;
    const bare = `${name}-bare`;
    cleanup.instance(name);
    cleanup.instance(full);
    cleanup.instance(bare);
    await lxd.createInstance(name);
    await lxd.post(`/1.0/instances/${name}/snapshots`, { name: 'snap0' });

    await page.goto(`#/project/default/instance/${name}`);
    await actions(page).getByRole('button', { name: 'Copy…', exact: true }).click();
    let dialog = page.getByRole('dialog', { name: `Copy ${name}` });
    await dialog.getByRole('textbox', { name: 'Name of the copy' }).fill(full);
    await expect(dialog.getByRole('checkbox', { name: 'Copy snapshots too' })).toBeChecked();
    await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(dialog).toBeHidden({ timeout: 30_000 });
    const fullSnapshots = await lxd.get<Snapshot[]>(`/1.0/instances/${full}/snapshots?recursion=1`);
    expect(fullSnapshots.map((snapshot) => snapshot.name)).toEqual(['snap0']);

    await actions(page).getByRole('button', { name: 'Copy…', exact: true }).click();
    dialog = page.getByRole('dialog', { name: `Copy ${name}` });
    // The name of the first copy is now taken: refused before anything is sent.
    await dialog.getByRole('textbox', { name: 'Name of the copy' }).fill(full);
    await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('already exists');
    await dialog.getByRole('textbox', { name: 'Name of the copy' }).fill(bare);
    await dialog.getByRole('checkbox', { name: 'Copy snapshots too' }).uncheck();
    await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(dialog).toBeHidden({ timeout: 30_000 });
    expect(await lxd.get<Snapshot[]>(`/1.0/instances/${bare}/snapshots?recursion=1`)).toEqual([]);
    const copy = await lxd.get<{ profiles: string[]; status: string }>(`/1.0/instances/${bare}`);
    expect(copy.profiles).toEqual(['default']);
    expect(copy.status).toBe('Stopped');
  });

  test('publish as an image with an alias, public', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('pub');
    const alias = `${name}-img`;
    cleanup.instance(name);
    cleanup.add(async () => {
      const res = await lxd.request<{ target: string }>('GET', `/1.0/images/aliases/${alias}`);
      if (res.status === 200) await lxd.delete(`/1.0/images/${res.body.metadata.target}`);
    });
    await lxd.createInstance(name);

    await page.goto(`#/project/default/instance/${name}`);
    await actions(page).getByRole('button', { name: 'Publish…', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Publish ${name} as an image` });
    await dialog.getByRole('textbox', { name: 'Image alias' }).fill(alias);
    await dialog.getByRole('checkbox', { name: /Public/ }).check();
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect(dialog).toBeHidden({ timeout: 60_000 });
    await expect(page.getByRole('status').filter({ hasText: `Published ${name} as an image` })).toBeVisible();

    const target = (await lxd.get<{ target: string }>(`/1.0/images/aliases/${alias}`)).target;
    const image = await lxd.get<{ public: boolean; aliases: { name: string }[] }>(`/1.0/images/${target}`);
    expect(image.public).toBe(true);
    expect(image.aliases.map((entry) => entry.name)).toContain(alias);
  });

  test('publish is disabled while the instance runs', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('pubrun');
    cleanup.instance(name);
    await lxd.createInstance(name, { start: true });
    await page.goto(`#/project/default/instance/${name}`);
    await expect(actions(page).getByRole('button', { name: 'Publish…', exact: true })).toHaveAccessibleDescription(/Stop the instance before publishing/);
  });

  test('delete from the detail page names the snapshots and lands on the list', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('del');
    cleanup.instance(name);
    await lxd.createInstance(name);
    await lxd.post(`/1.0/instances/${name}/snapshots`, { name: 'before-upgrade' });

    await page.goto(`#/project/default/instance/${name}`);
    await actions(page).getByRole('button', { name: 'Delete…', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Delete instance ${name}?` });
    await expect(dialog.getByRole('list', { name: 'Instances to delete' })).toContainText(name);
    await expect(dialog.getByRole('list', { name: 'Instances to delete' })).toContainText('before-upgrade');
    await dialog.getByRole('button', { name: 'Delete instance', exact: true }).click();

    await expect(page).toHaveURL(/#\/project\/default\/instances$/, { timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 1, name: 'Instances' })).toBeVisible();
    expect(await lxd.instanceStatus(name)).toBeNull();
  });

  test('a protected instance: delete disabled with the reason; if LXD refuses anyway, its message shows', async ({
    page,
    lxd,
    cleanup,
  }) => {
    const prot = lxd.uniqueName('prot');
    const late = `${prot}-late`;
    cleanup.add(() => lxd.patch(`/1.0/instances/${prot}`, { config: { 'security.protection.delete': 'false' } }));
    cleanup.add(() => lxd.patch(`/1.0/instances/${late}`, { config: { 'security.protection.delete': 'false' } }));
    cleanup.instance(prot);
    cleanup.instance(late);
    await lxd.createInstance(prot, { config: { 'security.protection.delete': 'true' } });
    await lxd.createInstance(late);

    await page.goto(`#/project/default/instances?q=${prot}`);
    const rowDelete = await rowMenuItem(row(page, prot), prot, `Delete ${prot}`);
    await expect(rowDelete).toBeDisabled();
    await expect(rowDelete).toHaveAccessibleDescription('Protected from deletion (security.protection.delete)');

    await page.goto(`#/project/default/instance/${prot}`);
    const detailDelete = actions(page).getByRole('button', { name: 'Delete…', exact: true });
    await expect(detailDelete).toBeDisabled();
    await expect(detailDelete).toHaveAccessibleDescription('Protected from deletion (security.protection.delete)');

    // Protected after the dialog opened: LXD refuses, and says so in the dialog.
    await page.goto(`#/project/default/instance/${late}`);
    await actions(page).getByRole('button', { name: 'Delete…', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Delete instance ${late}?` });
    await expect(dialog).toBeVisible();
    await lxd.patch(`/1.0/instances/${late}`, { config: { 'security.protection.delete': 'true' } });
    await dialog.getByRole('button', { name: 'Delete instance', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText(`${late}: Container is protected`);
    expect(await lxd.instanceStatus(late)).toBe('Stopped');
  });
});
