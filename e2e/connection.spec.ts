import { expect, test } from './fixtures/test';

test.describe('connection to LXD', () => {
  test('LXD stopped mid-session: offline, data kept and marked stale; LXD back: recovers by itself', async ({
    page,
    lxd,
    cleanup,
  }) => {
    const name = lxd.uniqueName('conn');
    cleanup.instance(name);
    await lxd.createInstance(name, { start: true });

    await page.goto(`#/project/default/instances?q=${name}`);
    const row = page.locator(`tr[data-instance="${name}"]`);
    await expect(row.getByText('Running')).toBeVisible();
    await expect(page.getByRole('status', { name: /Connection: Live/ })).toBeVisible();
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

    await lxd.stopDaemon();
    try {
      await expect(page.getByRole('status', { name: /Connection: Offline/ })).toBeVisible();
      await expect(row).toBeVisible();
      await expect(page.getByRole('table', { name: 'Instances' })).toHaveAttribute('data-stale', 'true');
      await expect(page.getByText(/Server unreachable/)).toBeVisible();
    } finally {
      await lxd.startDaemon();
    }

    await expect(page.getByRole('status', { name: /Connection: Live/ })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('table', { name: 'Instances' })).not.toHaveAttribute('data-stale', 'true');
    // LXD restarts instances that were running when it stopped; the re-sync shows that.
    await expect(row.getByText('Running')).toBeVisible({ timeout: 20_000 });
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });
});
