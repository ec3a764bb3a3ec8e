import { expectNoAxeViolations } from './fixtures/axe';
import { expect, test } from './fixtures/test';

// Rows are located by the instance name the test created, so other objects on the sandbox never
// change what a test sees.
const row = (page: import('@playwright/test').Page, name: string) => page.locator(`tr[data-instance="${name}"]`);

/** The element's box on screen; fails the test when it has none (not rendered). */
async function box(locator: import('@playwright/test').Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${locator.toString()} has no box on screen`);
  return found;
}

test.describe('instance list', () => {
  test('shows the instances of the project with their statuses', async ({ page, lxd, cleanup }) => {
    const prefix = lxd.uniqueName('ls');
    const running = `${prefix}-run`;
    const stopped = `${prefix}-off`;
    cleanup.instance(running);
    cleanup.instance(stopped);
    await lxd.createInstance(running, { start: true });
    await lxd.createInstance(stopped);

    await page.goto(`#/project/default/instances?q=${prefix}`);
    await expect(row(page, running).getByText('Running')).toBeVisible();
    await expect(row(page, stopped).getByText('Stopped')).toBeVisible();
    await expect(row(page, stopped)).toContainText('Container');
    await expect(row(page, running)).toContainText(/Busybox/i);
    await expect(page.getByRole('status', { name: /Connection: Live/ })).toBeVisible();
    await expect(page).toHaveTitle('Instances · lxdeck');
    await expectNoAxeViolations(page);
  });

  test('at 1280×800 every row action is visible and can be used; the rest are in the row menu', async ({ page, lxd, cleanup }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const prefix = lxd.uniqueName('wide');
    const running = `${prefix}-run`;
    const stopped = `${prefix}-off`;
    cleanup.instance(running);
    cleanup.instance(stopped);
    await lxd.createInstance(running, { start: true });
    await lxd.createInstance(stopped);

    await page.goto(`#/project/default/instances?q=${prefix}`);
    await expect(row(page, running).getByText('Running')).toBeVisible();
    const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
    for (const name of [running, stopped]) {
      for (const label of [`Start ${name}`, `Stop ${name}`, `More actions for ${name}`]) {
        const button = row(page, name).getByRole('button', { name: label, exact: true });
        await expect(button).toBeVisible();
        // Inside the window, not cut off by the table: its whole box is on screen.
        const at = await box(button);
        expect(at.x + at.width, label).toBeLessThanOrEqual(viewport.width);
        expect(at.x, label).toBeGreaterThanOrEqual(0);
      }
    }
    // The enabled one of each pair can be clicked for real (trial: no action is started).
    await row(page, stopped).getByRole('button', { name: `Start ${stopped}`, exact: true }).click({ trial: true });
    await row(page, running).getByRole('button', { name: `Stop ${running}`, exact: true }).click({ trial: true });

    // The menu holds the rest, each item enabled or saying why not.
    await row(page, running).getByRole('button', { name: `More actions for ${running}`, exact: true }).click();
    const menu = page.getByRole('menu', { name: `More actions for ${running}` });
    await expect(menu.getByRole('menuitem')).toHaveText(['Restart…', 'Freeze', 'Rename…Stop the instance before renaming it', 'Copy…', 'Publish…Stop the instance before publishing it (LXD cannot export a running instance)', 'Delete…Stop the instance before deleting it']);
    for (const item of await menu.getByRole('menuitem').all()) {
      const at = await box(item);
      expect(at.y + at.height).toBeLessThanOrEqual(viewport.height);
    }
    await expect(menu.getByRole('menuitem', { name: `Restart ${running}` })).toBeFocused();
    await expectNoAxeViolations(page);
    // Keyboard: Escape closes the menu and gives focus back to its button.
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(row(page, running).getByRole('button', { name: `More actions for ${running}` })).toBeFocused();

    // Copy from the menu opens its dialog for that instance.
    await row(page, stopped).getByRole('button', { name: `More actions for ${stopped}` }).click();
    await page.getByRole('menuitem', { name: `Copy ${stopped}` }).click();
    await expect(page.getByRole('dialog', { name: `Copy ${stopped}` })).toBeVisible();
  });

  test('a start and stop done outside the app change the row live, without a reload', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('live');
    cleanup.instance(name);
    await lxd.createInstance(name);

    await page.goto(`#/project/default/instances?q=${name}`);
    await expect(row(page, name).getByText('Stopped')).toBeVisible();
    await expect(page.getByRole('status', { name: /Connection: Live/ })).toBeVisible();
    // A marker on the window proves the page was not reloaded.
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

    lxd.lxc(['start', name]);
    await expect(row(page, name).getByText('Running')).toBeVisible({ timeout: 3000 });

    lxd.lxc(['stop', name, '--force']);
    await expect(row(page, name).getByText('Stopped')).toBeVisible({ timeout: 3000 });
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  });

  test('filter, sort and project live in the URL and survive a reload', async ({ page, lxd, cleanup }) => {
    const prefix = lxd.uniqueName('fs');
    const [first, second, third] = [`${prefix}-a`, `${prefix}-b`, `${prefix}-c`];
    const names = [first, second, third];
    for (const name of names) {
      cleanup.instance(name);
      await lxd.createInstance(name, { start: name.endsWith('-b') });
    }

    await page.goto('#/project/default/instances');
    await page.getByRole('searchbox', { name: 'Filter instances' }).fill(prefix);
    const nameCells = page.locator('tbody tr[data-instance] td.cell-name');
    await expect(nameCells).toHaveText(names);

    await page.getByRole('button', { name: /^Name/ }).click();
    await expect(nameCells).toHaveText([...names].reverse());

    await page.getByRole('combobox', { name: 'Status' }).selectOption('Running');
    await expect(nameCells).toHaveText([second]);
    await page.getByRole('combobox', { name: 'Status' }).selectOption('');

    await page.reload();
    await expect(page.getByRole('searchbox', { name: 'Filter instances' })).toHaveValue(prefix);
    await expect(nameCells).toHaveText([...names].reverse());
    expect(page.url()).toContain('dir=desc');

    // Another project: its own instances, and the project is part of the URL too.
    const project = lxd.uniqueName('prj');
    const inProject = `${project}-x`;
    cleanup.project(project);
    await lxd.createProject(project);
    cleanup.instance(inProject, project);
    await lxd.createInstance(inProject, { project });

    await page.goto('#/project/default/instances');
    await page.getByRole('combobox', { name: 'Project' }).selectOption(project);
    await expect(page).toHaveURL(new RegExp(`#/project/${project}/instances`));
    await expect(row(page, inProject)).toBeVisible();
    await expect(row(page, first)).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Project' })).toHaveValue(project);
    await expect(row(page, inProject)).toBeVisible();
  });
});
