import AxeBuilder from '@axe-core/playwright';
import type { Page, Request } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures/test';

// A full axe run takes tens of seconds when the 2-core machine is busy with other builds.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

const palette = (page: Page) => page.getByRole('dialog', { name: 'Go to' });
const input = (page: Page) => palette(page).getByRole('combobox');
const options = (page: Page) => palette(page).getByRole('option');

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Lists the page asks LXD for from now on (`/1.0/instances`, `/1.0/profiles`, ...), by path. */
function recordListRequests(page: Page) {
  const seen: string[] = [];
  const onRequest = (request: Request) => {
    const url = new URL(request.url());
    if (/^\/1\.0\/[a-z-]+$/.test(url.pathname)) seen.push(url.pathname);
  };
  page.on('request', onRequest);
  return { seen, stop: () => page.off('request', onRequest) };
}

test.describe('Go to palette', () => {
  test('Ctrl+K, part of an instance name, Enter: the instance page', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('pal');
    cleanup.instance(name);
    await lxd.createInstance(name);

    await page.goto('#/project/default/instances');
    await expect(page.getByRole('status', { name: /Connection: Live/ })).toBeVisible();
    await expect(page.locator(`tr[data-instance="${name}"]`)).toBeAttached();
    await page.waitForLoadState('networkidle');

    // The instance list is cached; only the profiles, never loaded on this page, are asked for.
    const requests = recordListRequests(page);
    await page.keyboard.press('Control+k');
    await expect(palette(page)).toBeVisible();
    await expect(input(page)).toBeFocused();
    await expect(palette(page).getByRole('option', { name: /^default\s*Profile/ })).toBeVisible();
    await expectNoAxeViolations(page);
    requests.stop();
    expect(requests.seen.filter((path) => path === '/1.0/instances')).toEqual([]);
    expect(requests.seen.filter((path) => path === '/1.0/profiles')).toEqual(['/1.0/profiles']);

    // Part of the name (its unique tail) finds it first, and it is the active option.
    await input(page).fill(name.slice(-6));
    const first = options(page).first();
    await expect(first).toContainText(name);
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(input(page)).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? 'missing');
    await page.keyboard.press('Enter');

    await expect(palette(page)).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`#/project/default/instance/${name}$`));
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('arrows, Escape, Cmd+K; focus returns; a second opening asks LXD for nothing', async ({ page }) => {
    await page.goto('#/project/default/instances');
    await expect(page.getByRole('status', { name: /Connection: Live/ })).toBeVisible();
    const status = page.getByRole('combobox', { name: 'Status' });
    await status.focus();

    await page.keyboard.press('Control+k');
    await expect(input(page)).toBeFocused();
    await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(options(page).first()).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(options(page).last()).toHaveAttribute('aria-selected', 'true');
    await expect(palette(page).getByRole('option', { name: /^default\s*Profile/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(palette(page)).toBeHidden();
    await expect(status).toBeFocused();

    // Everything it lists is cached now.
    const requests = recordListRequests(page);
    await page.keyboard.press('Meta+k');
    await expect(input(page)).toBeFocused();
    await input(page).fill('operations');
    await expect(options(page).first()).toContainText('Operations');
    requests.stop();
    expect(requests.seen).toEqual([]);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/project\/default\/operations$/);

    // Ctrl+K toggles, and the topbar button opens it too.
    await page.getByRole('banner').getByRole('button', { name: /Go to/ }).click();
    await expect(input(page)).toBeFocused();
    await page.keyboard.press('Control+k');
    await expect(palette(page)).toBeHidden();
  });

  test('/ focuses the page filter, but not while typing in a field', async ({ page }) => {
    await page.goto('#/project/default/instances');
    const filter = page.getByRole('searchbox', { name: 'Filter instances' });
    await expect(filter).toBeVisible();
    await page.getByRole('heading', { level: 1, name: 'Instances' }).click();
    await expect(filter).not.toBeFocused();

    await page.keyboard.press('/');
    await expect(filter).toBeFocused();
    await expect(filter).toHaveValue('');
    // Inside the field `/` is a character. (One key at a time: the list keeps its filter in the
    // URL, and keys sent faster than the page renders can lose one; that is the list's matter.)
    await page.keyboard.press('a');
    await expect(filter).toHaveValue('a');
    await page.keyboard.press('/');
    await expect(filter).toHaveValue('a/');
    await expect(filter).toBeFocused();
  });

  test('names and descriptions with markup stay text', async ({ page, lxd }) => {
    const project = lxd.uniqueName('palmk');
    const description = '<b>bold</b> <img src=x alt=pic>';
    await lxd.createProject(project, { description });

    await page.goto('#/project/default/instances');
    await expect(page.getByRole('status', { name: /Connection: Live/ })).toBeVisible();
    await page.keyboard.press('Control+k');
    await input(page).fill(project);
    const option = palette(page).getByRole('option', { name: new RegExp(project) });
    await expect(option).toContainText(description);
    await expect(palette(page).locator('b, img')).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/project/${project}/settings$`));
  });
});
