import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures/test';

// A full axe run takes tens of seconds when the 2-core machine is busy with other builds.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

// A phone-sized screen: the sidebar is a menu behind a button, the content takes the whole width.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

const menuButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Menu' });
const sections = (page: Page) => page.getByRole('navigation', { name: 'Sections' });

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('390×844', () => {
  test('open the menu, reach an instance, start it', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('phone');
    cleanup.instance(name);
    await lxd.createInstance(name);

    // Start elsewhere, so reaching the instances goes through the menu.
    await page.goto('#/project/default/operations');
    await expect(page.getByRole('heading', { level: 1, name: 'Operations' })).toBeVisible();
    await expect(page.getByRole('status', { name: /Connection: Live/ })).toBeVisible();
    // Nothing is wider than the screen: no sideways scrolling of the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Closed: the button says so and the sections are not shown.
    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(sections(page)).toBeHidden();
    await expectNoAxeViolations(page);

    // Open: the sections appear, focus moves to the current one; Escape closes and returns focus.
    await menuButton(page).tap();
    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'true');
    const controls = await menuButton(page).getAttribute('aria-controls');
    await expect(page.locator(`#${controls}`)).toBeVisible();
    await expect(sections(page).getByRole('link', { name: 'Operations' })).toBeFocused();
    await expect(sections(page).getByRole('link', { name: 'Operations' })).toHaveAttribute('aria-current', 'page');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(sections(page)).toBeHidden();
    await expect(menuButton(page)).toBeFocused();
    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');

    // A tap beside the open menu closes it too.
    await menuButton(page).tap();
    await expect(sections(page)).toBeVisible();
    await page.mouse.click(380, 600);
    await expect(sections(page)).toBeHidden();

    // Following a link closes the menu and leaves focus in the content.
    await menuButton(page).tap();
    await sections(page).getByRole('link', { name: 'Instances' }).tap();
    await expect(page).toHaveURL(/#\/project\/default\/instances/);
    await expect(sections(page)).toBeHidden();
    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('main')).toBeFocused();

    await page.getByRole('searchbox', { name: 'Filter instances' }).fill(name);
    const row = page.locator(`tr[data-instance="${name}"]`);
    await expect(row.getByText('Stopped')).toBeVisible();
    // The name column is on screen, whole, without scrolling the table sideways.
    await expect(row.locator('td.cell-name')).toBeInViewport({ ratio: 1 });
    await expect(row.getByRole('link', { name })).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // The instance's page, reached by tapping its name, has its Start button on screen.
    await row.getByRole('link', { name }).tap();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const start = page.getByRole('group', { name: 'Instance actions' }).getByRole('button', { name: 'Start', exact: true });
    await expect(start).toBeInViewport();
    await start.tap();
    await expect.poll(() => lxd.instanceStatus(name)).toBe('Running');
    await expect(page.getByRole('main').getByText('Running').first()).toBeVisible();
    // The menu marks Instances as the section of an instance's page.
    await menuButton(page).tap();
    await expect(sections(page).getByRole('link', { name: 'Instances' })).toHaveAttribute('aria-current', 'true');
  });

  test('the profile, project, image and pool lists fit: name and row menu on screen, nothing scrolls sideways', async ({ page }) => {
    for (const [address, table, name, menu] of [
      ['#/project/default/profiles', 'Profiles', 'default', 'More actions for default'],
      ['#/projects', 'Projects', 'default', 'More actions for default'],
      // The sandbox's own image and pool.
      ['#/project/default/images', 'Images', 'busybox', 'More actions for busybox'],
      ['#/project/default/storage', 'Storage pools', 'default', 'More actions for default'],
    ] as const) {
      await page.goto(address);
      const row = page.getByRole('table', { name: table }).getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
      await expect(row.getByRole('link', { name, exact: true })).toBeInViewport({ ratio: 1 });
      await expect(row.getByRole('button', { name: menu })).toBeInViewport({ ratio: 1 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
  });

  test('the network list fits: name, state and row menu of the sandbox’s bridge on screen, nothing scrolls sideways', async ({ page, lxd }) => {
    const profile = await lxd.request('GET', '/1.0/profiles/default');
    const bridge = (profile.body.metadata as { devices: Record<string, { network?: string }> }).devices.eth0?.network ?? '';
    expect(bridge).not.toBe('');
    await page.goto(`#/project/default/networks?q=${bridge}`);
    const row = page.getByRole('table', { name: 'Managed networks' }).locator(`tr[data-network="${bridge}"]`);
    await expect(row.getByRole('link', { name: bridge, exact: true })).toBeInViewport({ ratio: 1 });
    await expect(row.getByText('up', { exact: true })).toBeInViewport({ ratio: 1 });
    await expect(row.getByRole('button', { name: `More actions for ${bridge}` })).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('the topbar fits: switcher, server name, palette and connection all on screen', async ({ page }) => {
    await page.goto('#/project/default/instances');
    await expect(page.getByRole('status', { name: /Connection: Live/ })).toBeVisible();
    const banner = page.getByRole('banner');
    for (const control of [
      menuButton(page),
      banner.getByRole('combobox', { name: 'Project' }),
      banner.getByRole('button', { name: /Go to/ }),
      banner.getByRole('status', { name: /Connection/ }),
    ]) {
      await expect(control).toBeInViewport({ ratio: 1 });
    }
    // The content starts at the left edge: no sidebar beside it.
    const main = await page.getByRole('main').boundingBox();
    expect(main?.x).toBe(0);
    expect(main?.width).toBe(390);
  });
});

test.describe('sidebar sections on wide screens', () => {
  test.use({ viewport: { width: 1280, height: 800 }, hasTouch: false });

  test('Projects is current on the projects pages, Profiles on a profile page', async ({ page }) => {
    const nav = sections(page);
    await page.goto('#/projects');
    await expect(nav.getByRole('link', { name: 'Projects' })).toHaveAttribute('aria-current', 'page');
    await expect(nav).toBeVisible();
    await expect(menuButton(page)).toBeHidden();
    await expectNoAxeViolations(page);
    await page.goto('#/projects/create');
    await expect(nav.getByRole('link', { name: 'Projects' })).toHaveAttribute('aria-current', 'true');
    await page.goto('#/project/default/profile/default');
    await expect(nav.getByRole('link', { name: 'Profiles' })).toHaveAttribute('aria-current', 'true');
    await expect(nav.getByRole('link', { name: 'Projects' })).not.toHaveAttribute('aria-current', /.*/);
  });
});
