import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures/axe';
import { expect as baseExpect, test, type LxdClient } from './fixtures/test';

// Lazily loaded pages on a machine other suites share: conditions get 30 s instead of 10.
const expect = baseExpect.configure({ timeout: 30_000 });

interface CliWarning {
  uuid: string;
  type: string;
  status: string;
  severity: string;
  count: number;
  project: string;
}

/** What `lxc warning list --all` lists, as JSON (without `--all` it leaves out acknowledged ones). */
const cliWarnings = (lxd: LxdClient, all = true): CliWarning[] =>
  JSON.parse(lxd.lxc(['warning', 'list', '--format', 'json', ...(all ? ['--all'] : [])])) as CliWarning[];
const cliStatus = (lxd: LxdClient, uuid: string) => cliWarnings(lxd).find((warning) => warning.uuid === uuid)?.status;
const cliListsByDefault = (lxd: LxdClient, uuid: string) => cliWarnings(lxd, false).some((warning) => warning.uuid === uuid);

/** Puts warnings back to `new`, so every run (and every other test) finds them as the daemon raised them. */
async function resetWarnings(lxd: LxdClient, uuids: readonly string[]) {
  for (const uuid of uuids) {
    const res = await lxd.request('PUT', `/1.0/warnings/${uuid}`, { status: 'new' });
    if (res.status >= 400 && res.status !== 404) throw new Error(`resetting warning ${uuid}: ${res.status} ${res.body.error}`);
  }
}

/** The count of new warnings beside the sidebar's Server entry (0 when it shows none). */
async function shellCount(page: Page): Promise<number> {
  const badge = page.getByRole('navigation', { name: 'Sections' }).locator('[data-new-warnings]');
  return (await badge.count()) === 0 ? 0 : Number(await badge.getAttribute('data-new-warnings'));
}

test.describe('server warnings', () => {
  test('lists the sandbox’s real warnings as lxc warning list does; the filters live in the URL', async ({ page, lxd }) => {
    const listed = cliWarnings(lxd);
    // LXD 5.0.2 raises these at start-up on these machines (no AppArmor, no blkio cgroup ...).
    expect(listed.length, 'the sandbox daemon has warnings of its own').toBeGreaterThan(0);
    await page.goto('#/server/warnings');
    const table = page.getByRole('table', { name: 'Warnings' });
    await expect(table.locator('tbody tr')).toHaveCount(listed.length);
    for (const warning of listed) {
      const row = table.locator(`tr[data-warning="${warning.uuid}"]`);
      await expect(row.getByRole('cell', { name: warning.type, exact: true })).toBeVisible();
      await expect(row).toContainText(warning.status);
      await expect(row).toContainText(warning.severity);
    }
    await expect(page.getByRole('navigation', { name: 'Server sections' }).getByRole('link', { name: 'Warnings' })).toHaveAttribute('aria-current', 'page');
    await expectNoAxeViolations(page);

    const newOnes = listed.filter((warning) => warning.status === 'new').length;
    await page.getByRole('combobox', { name: 'Status' }).selectOption('new');
    await expect(page).toHaveURL(/status=new/);
    await expect(table.locator('tbody tr')).toHaveCount(newOnes || 0);
    await page.getByRole('searchbox', { name: 'Filter warnings' }).fill('apparmor');
    await expect(page).toHaveURL(/q=apparmor/);
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('new');
    await expect(page.getByRole('searchbox', { name: 'Filter warnings' })).toHaveValue('apparmor');
  });

  test('acknowledge: lxc warning list agrees and the shell count drops; one acknowledged by lxc follows without reload', async ({ page, lxd, cleanup }) => {
    const all = cliWarnings(lxd);
    expect(all.length, 'two warnings to acknowledge').toBeGreaterThanOrEqual(2);
    const [first, second] = all as [CliWarning, CliWarning];
    cleanup.add(() => resetWarnings(lxd, [first.uuid, second.uuid]));
    await resetWarnings(lxd, [first.uuid, second.uuid]);
    const before = cliWarnings(lxd).filter((warning) => warning.status === 'new').length;

    await page.goto('#/server/warnings');
    await expect.poll(() => shellCount(page)).toBe(before);
    const row = page.locator(`tr[data-warning="${first.uuid}"]`);
    await row.getByRole('button', { name: `Acknowledge ${first.type}` }).click();
    await expect(row).toHaveAttribute('data-status', 'acknowledged');
    await expect(row.getByRole('button', { name: `Acknowledge ${first.type}` })).toBeDisabled();
    expect(cliStatus(lxd, first.uuid)).toBe('acknowledged');
    expect(cliListsByDefault(lxd, first.uuid), 'lxc warning list leaves acknowledged warnings out').toBe(false);
    await expect.poll(() => shellCount(page)).toBe(before - 1);

    // Acknowledged elsewhere: the lifecycle event reaches the list and the count.
    lxd.lxc(['warning', 'acknowledge', second.uuid]);
    await expect(page.locator(`tr[data-warning="${second.uuid}"]`)).toHaveAttribute('data-status', 'acknowledged');
    await expect.poll(() => shellCount(page)).toBe(before - 2);

    // Delete asks first and names what it deletes; cancelled here (these warnings belong to the daemon).
    await page.getByRole('checkbox', { name: `Select ${first.type}` }).check();
    await page.getByRole('checkbox', { name: `Select ${second.type}` }).check();
    await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Delete…' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading')).toHaveText('Delete 2 warnings?');
    await expect(dialog.getByRole('list', { name: 'warnings to delete' })).toContainText(first.type);
    await expect(dialog.getByRole('list', { name: 'warnings to delete' })).toContainText(second.type);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect(cliWarnings(lxd).length).toBe(all.length);
  });
});
