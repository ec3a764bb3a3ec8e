// The cluster section and the instances on a real two-member LXD cluster (started by
// cluster.setup.ts): members, placement by member and by group, evacuate and restore, groups.
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../fixtures/axe';
import { rowMenuItem, trackProblems } from '../fixtures/ui';
import { expect as baseExpect, test, type Cleanup } from './fixtures';
import type { LxdClient } from '../fixtures/lxd';

// Evacuation stops, moves and starts instances: conditions get 30 s instead of 10.
const expect = baseExpect.configure({ timeout: 30_000 });

const instanceLocation = async (lxd: LxdClient, name: string) => (await lxd.get<{ location: string }>(`/1.0/instances/${name}`)).location;

/** Creates an instance through the form, placed on `target` (a member's option label, or `group <name>`). */
async function createOn(page: Page, name: string, target: string) {
  await page.goto('#/project/default/instances/create');
  await expect(page.getByRole('heading', { name: 'Create instance' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  const image = page.getByRole('combobox', { name: 'Image' });
  const label = await image.locator('option', { hasText: 'busybox' }).first().textContent();
  await image.selectOption({ label: label ?? '' });
  await page.getByRole('combobox', { name: 'Location' }).selectOption({ label: target });
  await page.getByRole('button', { name: 'Create instance' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible({ timeout: 60_000 });
}

const memberRow = (page: Page, member: string) => page.locator(`[data-member="${member}"]`);

/** Member 2 is restored whatever the test did to it, so the next test finds both members online. */
function restoreAfter(lxd: LxdClient, cleanup: Cleanup) {
  cleanup.add(async () => {
    const member = await lxd.get<{ status: string }>('/1.0/cluster/members/member2');
    if (member.status === 'Evacuated') await lxd.post('/1.0/cluster/members/member2/state', { action: 'restore' });
  });
}

test.describe('cluster', () => {
  test.describe.configure({ timeout: 150_000 });

  test('lists both members online, and the cluster pages have no accessibility violations', async ({ page }) => {
    const problems = trackProblems(page);
    await page.goto('#/project/default/instances');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Cluster' }).click();
    await expect(page.getByRole('heading', { name: 'Cluster', level: 1 })).toBeVisible();
    for (const member of ['member1', 'member2']) {
      await expect(memberRow(page, member).locator('[data-status]')).toHaveText('Online');
      await expect(memberRow(page, member)).toContainText('Fully operational');
    }
    // LXD 5.0 says `database`, shown as a voter; the second member is a stand-by.
    await expect(memberRow(page, 'member1')).toContainText('database (voter)');
    await expect(memberRow(page, 'member2')).toContainText('database-standby');
    // Memory comes from the member's resources on LXD 5.0 (no member state there).
    await expect(memberRow(page, 'member2')).toContainText(' of ');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'member2' }).click();
    await expect(page.getByRole('heading', { name: 'member2', level: 1 })).toBeVisible();
    await expect(page.getByText('https://127.0.0.1:')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Configuration' }).click();
    await expect(page.getByRole('combobox', { name: 'New instances' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('#/cluster/groups');
    await expect(page.locator('[data-group="default"]')).toContainText('member1, member2');
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });

  test('an instance created on member 2 moves to member 1 when member 2 is evacuated, and back on restore', async ({ page, context, lxd, cleanup }) => {
    restoreAfter(lxd, cleanup);
    const name = lxd.uniqueName('cl-evac');
    cleanup.instance(name);
    await createOn(page, name, 'member2');
    expect(await instanceLocation(lxd, name)).toBe('member2');

    // The list stays open in this tab; the evacuation is done from a second one.
    await page.goto('#/project/default/instances');
    const row = page.locator(`[data-instance="${name}"]`);
    await expect(row.getByRole('cell', { name: 'member2', exact: true })).toBeVisible();
    await page.getByRole('combobox', { name: 'Location' }).selectOption('member2');
    await expect(row).toBeVisible();
    await page.getByRole('combobox', { name: 'Location' }).selectOption('');

    const admin = await context.newPage();
    await admin.goto('#/cluster');
    await (await rowMenuItem(admin, 'member2', 'Evacuate member2')).click();
    const dialog = admin.getByRole('dialog', { name: 'Evacuate member2' });
    await expectNoAxeViolations(admin);
    await dialog.getByRole('button', { name: 'Evacuate member2' }).click();
    await expect(dialog).toBeHidden({ timeout: 60_000 });
    await expect(memberRow(admin, 'member2').locator('[data-status]')).toHaveText('Evacuated');

    await expect(row.getByRole('cell', { name: 'member1', exact: true })).toBeVisible();
    expect(await instanceLocation(lxd, name)).toBe('member1');

    await (await rowMenuItem(admin, 'member2', 'Restore member2')).click();
    const restore = admin.getByRole('dialog', { name: 'Restore member2' });
    await restore.getByRole('button', { name: 'Restore member2' }).click();
    await expect(restore).toBeHidden({ timeout: 60_000 });
    await expect(memberRow(admin, 'member2').locator('[data-status]')).toHaveText('Online');
    await expect(row.getByRole('cell', { name: 'member2', exact: true })).toBeVisible();
  });

  test('a group created with member 2 places a new instance there; the group is then deleted', async ({ page, lxd, cleanup }) => {
    const group = lxd.uniqueName('grp');
    const name = lxd.uniqueName('cl-grp');
    cleanup.instance(name);
    cleanup.add(async () => {
      const res = await lxd.request('GET', `/1.0/cluster/groups/${group}`);
      if (res.status === 200) {
        await lxd.put(`/1.0/cluster/groups/${group}`, { description: '', members: [] });
        await lxd.delete(`/1.0/cluster/groups/${group}`);
      }
    });
    await page.goto('#/cluster/groups');
    await page.getByRole('button', { name: 'Create group' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Create cluster group' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(group);
    await dialog.getByRole('checkbox', { name: 'member2' }).check();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Create group' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator(`[data-group="${group}"]`)).toContainText('member2');

    await createOn(page, name, `group ${group}`);
    expect(await instanceLocation(lxd, name)).toBe('member2');
    await lxd.deleteInstance(name);

    // A group with members cannot be deleted: empty it, then delete it.
    await page.goto('#/cluster/groups');
    await page.getByRole('button', { name: `Edit ${group}` }).click();
    const edit = page.getByRole('dialog', { name: `Edit cluster group ${group}` });
    await edit.getByRole('checkbox', { name: 'member2' }).uncheck();
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(edit).toBeHidden();
    await expect(page.locator(`[data-group="${group}"]`)).not.toContainText('member2');
    await (await rowMenuItem(page, group, `Delete ${group}`)).click();
    await page.getByRole('dialog').getByRole('button', { name: /^Delete/ }).click();
    await expect(page.locator(`[data-group="${group}"]`)).toHaveCount(0);
    expect((await lxd.request('GET', `/1.0/cluster/groups/${group}`)).status).toBe(404);
  });

  test('a stopped instance moves to the other member after a confirmation naming both', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('cl-move');
    cleanup.instance(name);
    await lxd.post('/1.0/instances?target=member2', { name, type: 'container', source: { type: 'image', alias: 'busybox' } });
    await page.goto('#/project/default/instances');
    const row = page.locator(`[data-instance="${name}"]`);
    await expect(row.getByRole('cell', { name: 'member2', exact: true })).toBeVisible();
    await (await rowMenuItem(page, name, `Move ${name} to another member`)).click();
    const dialog = page.getByRole('dialog', { name: `Move ${name}` });
    await expect(dialog).toContainText(`${name} moves from member2 to member1`);
    await dialog.getByRole('button', { name: 'Move to member1' }).click();
    await expect(dialog).toBeHidden({ timeout: 60_000 });
    await expect(row.getByRole('cell', { name: 'member1', exact: true })).toBeVisible();
    expect(await instanceLocation(lxd, name)).toBe('member1');
  });

  test('a member’s scheduling and description are edited on its Configuration tab; markup stays text', async ({ page, lxd, cleanup }) => {
    const path = '/1.0/cluster/members/member2';
    const before = await lxd.get<{ description: string; config: Record<string, string> }>(path);
    cleanup.add(async () => {
      const now = await lxd.get<Record<string, unknown>>(path);
      await lxd.call('PUT', path, { ...now, description: before.description, config: before.config });
    });
    const description = `<b>rack ${lxd.uniqueName('r')}</b>`;

    await page.goto('#/cluster/member/member2/configuration');
    await page.getByRole('textbox', { name: 'Description' }).fill(description);
    await page.getByRole('combobox', { name: 'New instances' }).selectOption('manual');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved the configuration of member2' })).toBeVisible();
    const after = await lxd.get<{ description: string; config: Record<string, string> }>(path);
    expect(after.description).toBe(description);
    expect(after.config['scheduler.instance']).toBe('manual');

    // The member's page shows the description as typed, not as markup.
    await page.getByRole('link', { name: 'Overview' }).click();
    await expect(page.locator('.object-description')).toHaveText(description);
    await expect(page.getByRole('main').locator('b')).toHaveCount(0);
  });
});
