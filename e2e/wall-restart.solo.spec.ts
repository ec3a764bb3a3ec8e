import { expect, test } from './fixtures/test';

// Stops the shared daemon: runs alone, after the other spec files (`*.solo.spec.ts`).
test.use({ viewport: { width: 1920, height: 1080 } });

test.describe('wall screen across an LXD restart', () => {
  test('LXD stopped: a banner with the time it was lost; LXD back: live again within 5 s', async ({ page, lxd }) => {
    test.setTimeout(120_000);
    await page.goto('#/wall/project/default?tiles=instances,events');
    await expect(page.getByRole('status', { name: 'Connection: live' })).toBeVisible({ timeout: 30_000 });
    const banner = page.getByRole('alert').filter({ hasText: 'Connection to LXD lost' });
    await expect(banner).toHaveCount(0);

    await lxd.stopDaemon();
    try {
      await expect(banner).toContainText(/lost at \d\d:\d\d:\d\d/, { timeout: 30_000 });
      // What was known stays on screen.
      await expect(page.locator('[data-tile="instances"] [data-status="total"]')).toBeVisible();
    } finally {
      await lxd.startDaemon();
    }
    // startDaemon returns once LXD answers over HTTPS: from then on, 5 s.
    await expect(page.getByRole('status', { name: 'Connection: live' })).toBeVisible({ timeout: 5_000 });
    await expect(banner).toHaveCount(0);
  });
});
