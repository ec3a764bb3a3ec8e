import type { WebSocketRoute } from '@playwright/test';
import { expect, test } from './fixtures/test';

test.describe('re-sync after a lost events connection', () => {
  test('changes made while the events socket was down show up once it is back', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('resync');
    cleanup.instance(name);
    await lxd.createInstance(name, { start: true });

    // The events socket goes through this route: passed to LXD while `blocked` is false,
    // refused while it is true, so the app misses whatever happens meanwhile.
    let blocked = false;
    const open = new Set<WebSocketRoute>();
    await page.routeWebSocket(/\/1\.0\/events/, (ws) => {
      if (blocked) {
        ws.close();
        return;
      }
      open.add(ws);
      ws.connectToServer();
    });

    await page.goto(`#/project/default/instances?q=${name}`);
    const row = page.locator(`tr[data-instance="${name}"]`);
    await expect(row.getByText('Running')).toBeVisible();
    await expect(page.getByRole('status', { name: /Connection: Live/ })).toBeVisible();

    blocked = true;
    for (const ws of open) await ws.close();
    open.clear();
    await expect(page.getByRole('status', { name: /Connection: Offline/ })).toBeVisible();

    // Missed by the app: the socket is down, and nothing polls.
    await lxd.stopInstance(name, { force: true });
    expect(await lxd.instanceStatus(name)).toBe('Stopped');
    await expect(row.getByText('Running')).toBeVisible();

    blocked = false;
    await expect(page.getByRole('status', { name: /Connection: Live/ })).toBeVisible({ timeout: 15_000 });
    await expect(row.getByText('Stopped')).toBeVisible();
  });

  test('a project that does not exist is named as such, not shown as empty', async ({ page }) => {
    await page.goto('#/project/no-such-project-here/instances');
    await expect(page.getByRole('alert')).toContainText('Project “no-such-project-here” not found');
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  });
});
