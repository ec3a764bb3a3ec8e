import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures/test';

// The machine that runs these is shared and often loaded: conditions get more time, never a sleep.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

interface Project {
  name: string;
  description: string;
  config: Record<string, string>;
  used_by: string[];
}

const projectPath = (name: string) => `/1.0/projects/${encodeURIComponent(name)}`;
const row = (page: Page, name: string) => page.locator(`tr[data-project="${name}"]`);

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function openCreatePage(page: Page) {
  await page.goto('#/projects/create');
  await expect(page.getByRole('heading', { name: 'Create project', level: 1 })).toBeVisible();
}

test.describe('projects', () => {
  test('create with features, limits and a restriction: LXD has them, the app opens the new project and the switcher lists it', async ({
    page,
    lxd,
    cleanup,
  }) => {
    const name = lxd.uniqueName('pj');
    cleanup.project(name);
    await page.goto('#/projects');
    await expect(row(page, 'default')).toContainText('images, profiles, storage volumes, networks');
    await expect(page).toHaveTitle('Projects · lxdeck');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Create project' }).click();
    await expect(page.getByRole('heading', { name: 'Create project', level: 1 })).toBeVisible();
    // LXD 5.0.2 has neither storage buckets nor network zones: the form does not offer them.
    await expect(page.getByRole('checkbox', { name: 'Storage buckets' })).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: 'Network zones' })).toHaveCount(0);
    // LXD's initial values for a new project.
    await expect(page.getByRole('checkbox', { name: 'Images' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Profiles' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Storage volumes' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Networks', exact: true })).not.toBeChecked();
    await page.getByRole('checkbox', { name: 'Restrict the project' }).check();
    await expectNoAxeViolations(page);

    await page.getByRole('textbox', { name: 'Name' }).fill(name);
    await page.getByRole('textbox', { name: 'Description' }).fill('Made by the projects test');
    await page.getByRole('checkbox', { name: 'Images' }).uncheck();
    await page.getByRole('checkbox', { name: 'Networks', exact: true }).check();
    await page.getByRole('textbox', { name: 'Instances', exact: true }).fill('3');
    await page.getByRole('textbox', { name: 'Memory', exact: true }).fill('2GiB');
    await page.getByRole('combobox', { name: 'Container nesting' }).selectOption('allow');
    await page.getByRole('button', { name: 'Create project' }).click();

    await expect(page).toHaveURL(new RegExp(`#/project/${name}/instances$`));
    const switcher = page.getByRole('combobox', { name: 'Project' });
    await expect(switcher).toHaveValue(name);
    await expect(switcher.locator('option', { hasText: name })).toHaveCount(1);

    const project = await lxd.get<Project>(projectPath(name));
    expect(project.description).toBe('Made by the projects test');
    expect(project.config).toEqual({
      'features.images': 'false',
      'features.profiles': 'true',
      'features.storage.volumes': 'true',
      'features.networks': 'true',
      'limits.instances': '3',
      'limits.memory': '2GiB',
      restricted: 'true',
      'restricted.containers.nesting': 'allow',
    });

    await page.goto('#/projects');
    await expect(row(page, name)).toContainText('profiles, storage volumes, networks');
    await expect(row(page, name).getByRole('cell').nth(3)).toHaveText('0');
  });

  test('names are checked as LXD checks them; a value LXD refuses gets its message at the field, with everything kept', async ({
    page,
    lxd,
    cleanup,
  }) => {
    const name = lxd.uniqueName('pjbad');
    cleanup.project(name);
    const creates: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/1.0/projects') creates.push(request.postData() ?? '');
    });
    await openCreatePage(page);
    const nameBox = page.getByRole('textbox', { name: 'Name' });
    const submit = page.getByRole('button', { name: 'Create project' });
    for (const [bad, message] of [
      ['a_b', 'Project names may not contain underscores'],
      ['a b', 'Project names may not contain spaces'],
      ['a/b', 'Project names may not contain slashes'],
      ['default', 'A project named default already exists.'],
    ] as const) {
      await nameBox.fill(bad);
      await submit.click();
      await expect(page.locator('#create-name-error')).toHaveText(message);
      await expect(nameBox).toHaveAttribute('aria-invalid', 'true');
    }
    await nameBox.fill(name);
    await page.getByRole('textbox', { name: 'Memory', exact: true }).fill('1.5GiB');
    await submit.click();
    await expect(page.locator('#create-limits-memory-error')).toContainText('whole number of bytes');
    expect(creates).toEqual([]);

    // LXD checks what the form does not: its refusal is shown under the field it names.
    await page.getByRole('textbox', { name: 'Memory', exact: true }).fill('1GiB');
    await page.getByRole('checkbox', { name: 'Restrict the project' }).check();
    await page.getByRole('combobox', { name: 'Disk devices' }).selectOption('allow');
    await page.getByRole('textbox', { name: 'Allowed disk source paths' }).fill('relative/path');
    await submit.click();
    await expect(page.locator('#create-restricted-devices-disk-paths-error')).toContainText(
      'Invalid project configuration key "restricted.devices.disk.paths"',
    );
    expect(creates).toHaveLength(1);
    await expect(nameBox).toHaveValue(name);
    await expect(page.getByRole('textbox', { name: 'Memory', exact: true })).toHaveValue('1GiB');
    expect((await lxd.request('GET', projectPath(name))).status).toBe(404);
  });

  test('an instance beyond limits.instances is refused with LXD’s message on the create instance page', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('pjlim');
    cleanup.project(name);
    // Shares the default project's images and profiles, so an instance can be made in it.
    await lxd.createProject(name, { config: { 'limits.instances': '1' } });
    await lxd.createInstance(lxd.uniqueName('first'), { project: name });

    const second = lxd.uniqueName('second');
    await page.goto(`#/project/${name}/instances/create`);
    await expect(page.getByRole('heading', { name: 'Create instance' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Name' }).fill(second);
    const image = page.getByRole('combobox', { name: 'Image' });
    const label = await image.locator('option', { hasText: 'busybox' }).first().textContent();
    await image.selectOption({ label: label ?? '' });
    await page.getByRole('checkbox', { name: 'Start after creating' }).uncheck();
    await page.getByRole('button', { name: 'Create instance' }).click();
    await expect(page.getByRole('alert').filter({ hasText: `Reached maximum number of instances in project "${name}"` })).toBeVisible();
    expect(await lxd.instanceStatus(second, { project: name })).toBeNull();
  });

  test('delete and rename of a non-empty project are refused up front, naming what is in it', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('pjfull');
    const instance = lxd.uniqueName('inside');
    cleanup.project(name);
    await lxd.createProject(name);
    await lxd.createInstance(instance, { project: name });

    await page.goto(`#/project/${name}/settings`);
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
    await expect(page.getByRole('list', { name: `What is in project ${name}` }).getByRole('link', { name: `instance ${instance}` })).toBeVisible();
    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: `Cannot delete project ${name}` });
    await expect(dialog).toContainText('not empty: LXD deletes only empty projects');
    const link = dialog.getByRole('link', { name: `instance ${instance}` });
    await expect(link).toHaveAttribute('href', `#/project/${name}/instance/${instance}`);
    await expect(dialog.getByRole('button', { name: /^Delete/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Close' }).click();

    // The same from the list's row menu; rename too (LXD renames only empty projects).
    await page.goto('#/projects');
    await row(page, name).getByRole('button', { name: `More actions for ${name}` }).click();
    await page.getByRole('menuitem', { name: `Rename ${name}` }).click();
    const rename = page.getByRole('dialog', { name: `Cannot rename project ${name}` });
    await expect(rename).toContainText('LXD renames only empty projects');
    await rename.getByRole('button', { name: 'Close' }).click();
    await row(page, name).getByRole('button', { name: `More actions for ${name}` }).click();
    await page.getByRole('menuitem', { name: `Delete ${name}` }).click();
    await expect(page.getByRole('dialog', { name: `Cannot delete project ${name}` }).getByRole('link', { name: `instance ${instance}` })).toBeVisible();
    expect((await lxd.get<Project>(projectPath(name))).name).toBe(name);

    // The default project offers neither.
    await page.keyboard.press('Escape');
    await row(page, 'default').getByRole('button', { name: 'More actions for default' }).click();
    await expect(page.getByRole('menuitem', { name: 'Delete default' })).toHaveAttribute('aria-disabled', 'true');
  });

  test('rename and delete an empty project', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('pjempty');
    const renamed = `${name}-b`;
    const again = `${name}-c`;
    cleanup.project(name);
    cleanup.project(renamed);
    cleanup.project(again);
    await lxd.createProject(name, { config: { 'features.profiles': 'true' } });

    // From the list: rename in place.
    await page.goto('#/projects');
    await row(page, name).getByRole('button', { name: `More actions for ${name}` }).click();
    await page.getByRole('menuitem', { name: `Rename ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Rename project ${name}` });
    await dialog.getByRole('textbox', { name: 'New name' }).fill('bad_name');
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Project names may not contain underscores');
    await dialog.getByRole('textbox', { name: 'New name' }).fill(renamed);
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await expect(row(page, renamed)).toBeVisible();
    await expect(row(page, name)).toHaveCount(0);
    expect((await lxd.get<Project>(projectPath(renamed))).name).toBe(renamed);

    // From its settings: rename goes to the new name's settings, delete to the list.
    await page.goto(`#/project/${renamed}/settings`);
    await page.getByRole('button', { name: 'Rename' }).click();
    const second = page.getByRole('dialog', { name: `Rename project ${renamed}` });
    await second.getByRole('textbox', { name: 'New name' }).fill(again);
    await second.getByRole('button', { name: 'Rename' }).click();
    await expect(page).toHaveURL(new RegExp(`#/project/${again}/settings$`));
    await expect(page.getByRole('heading', { name: again, level: 1 })).toBeVisible();

    await page.getByRole('button', { name: 'Delete' }).click();
    const destroy = page.getByRole('dialog', { name: `Delete project ${again}?` });
    await expect(destroy).toContainText('The project is empty');
    await destroy.getByRole('button', { name: 'Delete project' }).click();
    await expect(page).toHaveURL(/#\/projects$/);
    await expect(row(page, 'default')).toBeVisible();
    await expect(row(page, again)).toHaveCount(0);
    expect((await lxd.request('GET', projectPath(again))).status).toBe(404);
  });

  test('when LXD refuses a delete anyway (something was added meanwhile), its message is shown in the dialog', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('pjrace');
    cleanup.project(name);
    await lxd.createProject(name);
    // An events socket that stays silent: the app does not learn what happens next.
    await page.routeWebSocket(/\/1\.0\/events/, () => {});

    await page.goto(`#/project/${name}/settings`);
    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: `Delete project ${name}?` });
    await expect(dialog).toContainText('The project is empty');
    await lxd.createInstance(lxd.uniqueName('late'), { project: name });
    await dialog.getByRole('button', { name: 'Delete project' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('LXD refused: Only empty projects can be removed');
    await expect(page).toHaveURL(new RegExp(`#/project/${name}/settings$`));
    expect((await lxd.get<Project>(projectPath(name))).name).toBe(name);
  });

  test('edit limits and description through the settings page; LXD’s refusal shows at the field', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('pjedit');
    cleanup.project(name);
    await lxd.createProject(name, { description: 'before' });

    await page.goto(`#/project/${name}/settings`);
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
    await expect(page).toHaveTitle(`${name} · Project settings · lxdeck`);
    const instances = page.getByRole('textbox', { name: 'Instances', exact: true });
    await expect(instances).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('textbox', { name: 'Description' }).fill('after');
    await instances.fill('lots');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.locator('#config-limits-instances-error')).toContainText('Invalid project configuration key "limits.instances"');

    await instances.fill('5');
    await page.getByRole('combobox', { name: 'Snapshots' }).selectOption('allow');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
    await expect.poll(async () => (await lxd.get<Project>(projectPath(name))).config['limits.instances']).toBe('5');
    const project = await lxd.get<Project>(projectPath(name));
    expect(project.description).toBe('after');
    expect(project.config).toMatchObject({ 'features.images': 'false', 'features.profiles': 'false', 'restricted.snapshots': 'allow' });
  });

  test('a project made elsewhere appears by its event; markup in its description stays text', async ({ page, lxd, cleanup }) => {
    const name = lxd.uniqueName('pjmark');
    const description = '<img src=x onerror="window.__hit=1"><b>bold</b> & <i>more</i>';
    cleanup.project(name);
    await page.goto('#/projects');
    await expect(row(page, 'default')).toBeVisible();
    // Made outside the app while the list is open: LXD's project-created event brings it to the
    // list and to the project switcher, without a reload.
    await lxd.createProject(name, { description });
    await expect(row(page, name)).toContainText(description);
    await expect(page.getByRole('combobox', { name: 'Project' }).locator('option', { hasText: name })).toHaveCount(1);
    await expect(row(page, name).locator('img, b, i')).toHaveCount(0);
    await page.goto(`#/project/${name}/settings`);
    const facts = page.getByRole('definition').filter({ hasText: '<b>bold</b>' });
    await expect(facts).toHaveText(description);
    await expect(page.locator('dl.project-facts').locator('img, b, i')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __hit?: number }).__hit)).toBeUndefined();
  });
});
