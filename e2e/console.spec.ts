import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';
import { trackProblems } from './fixtures/ui';

const screen = (page: Page) => page.locator('.xterm-rows');
const status = (page: Page) => page.getByRole('status').filter({ hasText: /Connected|console|connection|Could not/ });

test.describe('console', () => {
  test('shows what the instance wrote so far, then live output', async ({ page, lxd, cleanup }) => {
    const problems = trackProblems(page);
    const name = lxd.uniqueName('con');
    cleanup.instance(name);
    await lxd.createInstance(name, { start: true });
    lxd.lxc(['exec', name, '--', 'sh', '-c', 'echo earlier-$((2*3)) > /dev/console']);

    await page.goto(`#/project/default/instance/${name}/console`);
    await expect(page.getByRole('region', { name: `Console of ${name}` })).toBeVisible();
    await expect(status(page)).toHaveText('Connected', { timeout: 20_000 });
    await expect(screen(page)).toContainText('earlier-6');

    lxd.lxc(['exec', name, '--', 'sh', '-c', 'echo live-$((4*5)) > /dev/console']);
    await expect(screen(page)).toContainText('live-20');
    expect(problems).toEqual([]);
  });

  test('a stopped instance offers Start, and the console attaches once it runs', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('con');
    cleanup.instance(name);
    await lxd.createInstance(name);

    await page.goto(`#/project/default/instance/${name}/console`);
    const prompt = page.getByRole('region', { name: `${name} is stopped` });
    await expect(prompt).toBeVisible();
    await prompt.getByRole('button', { name: 'Start' }).click();
    await expect(status(page)).toHaveText('Connected', { timeout: 30_000 });
    expect(await lxd.instanceStatus(name)).toBe('Running');

    lxd.lxc(['exec', name, '--', 'sh', '-c', 'echo after-start > /dev/console']);
    await expect(screen(page)).toContainText('after-start');
  });
});
