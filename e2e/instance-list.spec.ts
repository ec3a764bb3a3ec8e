import { expect, test } from './fixtures/test';

// Rows are located by the instance name the test created, so other objects on the sandbox never
// change what a test sees.
const row = (page: import('@playwright/test').Page, name: string) => page.locator(`tr[data-instance="${name}"]`);

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
