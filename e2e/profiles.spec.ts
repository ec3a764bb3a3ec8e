import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect as baseExpect, test, type Cleanup, type LxdClient } from './fixtures/test';

// Pages here are lazily loaded chunks and LXD answers slowly while other suites share the machine:
// conditions get 30 s to become true instead of 10.
const expect = baseExpect.configure({ timeout: 30_000 });

interface Profile {
  name: string;
  description: string;
  config: Record<string, string>;
  devices: Record<string, Record<string, string>>;
  used_by: string[];
}

const profilePath = (name: string) => `/1.0/profiles/${encodeURIComponent(name)}`;

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** A fresh profile name, deleted after the test whether or not the test made it. */
function profileName(lxd: LxdClient, cleanup: Cleanup, prefix: string): string {
  const name = lxd.uniqueName(prefix);
  cleanup.add(async () => {
    const res = await lxd.request('DELETE', profilePath(name));
    if (res.status >= 400 && res.status !== 404) throw new Error(`deleting profile ${name}: ${res.status} ${res.body.error}`);
  });
  return name;
}

/** Instances are deleted by the cleanup fixture after the custom steps; profiles they use must wait. */
async function instancesUsing(lxd: LxdClient, cleanup: Cleanup, names: string[], profiles: string[] = ['default']) {
  cleanup.add(async () => {
    for (const name of names) await lxd.deleteInstance(name);
  });
  for (const name of names) await lxd.createInstance(name, { profiles });
}

const rootDisk = { root: { type: 'disk', path: '/', pool: 'default' } };
const yamlValue = (page: Page, id: string) => page.locator(`#${id}-value`);
/** CodeMirror's editable element (the read-only stand-in shown while it loads has the same id). */
const yamlEditor = (page: Page, id: string) => page.locator(`#${id}[contenteditable="true"]`);

test.describe('profiles', () => {
  // Each test makes LXD objects and runs axe on several pages: more than the default minute on a busy machine.
  test.describe.configure({ timeout: 180_000 });
  test('a plain address reads the first profiles one by one before the whole list, and shows them', async ({ page, lxd, cleanup }) => {
    // LXD 5.0 lists profiles inside one database transaction that holds up every other request,
    // so the first screenful is read first (from the project's used_by) and the list after it.
    const name = profileName(lxd, cleanup, 'aa-first');
    await lxd.request('POST', '/1.0/profiles', { name, description: 'first by name', config: {}, devices: {} });
    const sent: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/1.0/profiles')) sent.push(url.pathname + url.search);
    });
    await page.goto('#/project/default/profiles');
    await expect(page.locator(`tr[data-profile="${name}"]`)).toContainText('first by name');
    // The whole list then replaces the preview: the toolbar with its filter box and count.
    await expect(page.getByRole('searchbox', { name: 'Filter profiles' })).toBeVisible();
    const one = sent.indexOf(`${profilePath(name)}?project=default`);
    const list = sent.findIndex((url) => /^\/1\.0\/profiles\?.*recursion=1/.test(url));
    expect(one).toBeGreaterThanOrEqual(0);
    expect(list).toBeGreaterThan(one);
  });

  test('create with the form; the list shows it with its devices; a taken name is refused where it was typed', async ({
    page,
    lxd,
    cleanup,
  }) => {
    const name = profileName(lxd, cleanup, 'pf');
    await page.goto('#/project/default/profiles');
    await expect(page.getByRole('table', { name: 'Profiles' }).getByRole('row', { name: /default/ })).toBeVisible();
    await expect(page.locator('tr[data-profile="default"]')).toContainText('root: disk (pool default)');
    await expect(page).toHaveTitle('Profiles · lxdeck');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Create profile' }).click();
    await expect(page.getByRole('heading', { name: 'Create profile', level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);

    const nameBox = page.getByRole('textbox', { name: 'Name' });
    await nameBox.fill('default');
    await expect(page.getByText('A profile named default already exists')).toBeVisible();
    await nameBox.fill('a/b');
    await expect(page.getByText('Profile names may not contain slashes')).toBeVisible();
    await nameBox.fill(name);
    await page.getByRole('textbox', { name: 'Description' }).fill('made with the form');
    await page.getByRole('textbox', { name: 'CPU limit' }).fill('2');
    await page.getByRole('combobox', { name: 'Start on boot' }).selectOption('true');
    await page.getByRole('button', { name: 'Create profile' }).click();

    // The new profile's page.
    await expect(page).toHaveURL(new RegExp(`#/project/default/profile/${name}$`));
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Configuration keys' }).getByRole('row', { name: /limits\.cpu 2/ })).toBeVisible();
    const profile = await lxd.get<Profile>(profilePath(name));
    expect(profile.description).toBe('made with the form');
    expect(profile.config).toEqual({ 'limits.cpu': '2', 'boot.autostart': 'true' });

    // The list: filter in the URL, description, count, devices.
    await page.getByRole('link', { name: 'Profiles' }).first().click();
    await page.getByRole('searchbox', { name: 'Filter profiles' }).fill(name);
    await expect(page).toHaveURL(new RegExp(`q=${name}`));
    const row = page.locator(`tr[data-profile="${name}"]`);
    await expect(row).toContainText('made with the form');
    await expect(row.getByRole('cell').nth(2)).toHaveText('0');
    await page.getByRole('searchbox', { name: 'Filter profiles' }).fill(`${name}-nothing`);
    await expect(page.getByRole('heading', { name: 'No profiles match' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(row).toBeVisible();
  });

  test('create via YAML: LXD’s refusal shows in the YAML, nothing typed is lost', async ({ page, lxd, cleanup }) => {
    const name = profileName(lxd, cleanup, 'py');
    await page.goto('#/project/default/profiles/create');
    await page.getByRole('textbox', { name: 'Name' }).fill(name);
    await page.getByRole('radio', { name: 'YAML' }).check();
    const refused = ['description: from YAML', 'config:', '  limits.bogus: "1"', 'devices:', '  root:', '    type: disk', '    path: /', '    pool: default', ''].join('\n');
    await yamlEditor(page, 'create-profile-yaml').fill(refused);
    await expect(yamlValue(page, 'create-profile-yaml')).toHaveValue(refused);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Create profile' }).click();
    await expect(page.getByRole('alert').filter({ hasText: /LXD refused the change \(line 3\).*limits\.bogus/ })).toBeVisible();
    await expect(yamlValue(page, 'create-profile-yaml')).toHaveValue(refused);
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(name);
    expect((await lxd.request('GET', profilePath(name))).status).toBe(404);

    await yamlEditor(page, 'create-profile-yaml').fill(refused.replace('  limits.bogus: "1"', '  limits.memory: 128MiB'));
    await page.getByRole('button', { name: 'Create profile' }).click();
    await expect(page).toHaveURL(new RegExp(`#/project/default/profile/${name}$`));
    const profile = await lxd.get<Profile>(profilePath(name));
    expect(profile).toMatchObject({ description: 'from YAML', config: { 'limits.memory': '128MiB' }, devices: rootDisk });
    await expect(page.getByRole('table', { name: 'Devices' }).getByRole('row', { name: /root disk/ })).toContainText('pool=default');
  });

  test('edit with a conflict: someone changes the profile meanwhile; the edit is re-applied and saved', async ({ page, lxd, cleanup }) => {
    const name = profileName(lxd, cleanup, 'pe');
    await lxd.post('/1.0/profiles', { name, description: 'start', config: { 'limits.cpu': '1' }, devices: {} });
    await page.goto(`#/project/default/profile/${name}/configuration`);
    await expect(yamlValue(page, 'config-yaml')).toHaveValue(/limits\.cpu: "1"/);
    await expect(page).toHaveTitle(`${name} · Profiles · lxdeck`);
    await expectNoAxeViolations(page);

    await page.getByRole('textbox', { name: 'CPU limit' }).fill('2');
    await page.getByRole('combobox', { name: 'Nesting' }).selectOption('true');
    lxd.lxc(['profile', 'set', name, 'limits.memory', '96MiB']);

    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { name: 'Not saved: the profile changed on the server' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Changes on the server' }).getByRole('row', { name: /limits\.memory \(not set\) 96MiB/ })).toBeVisible();
    expect((await lxd.get<Profile>(profilePath(name))).config['limits.cpu']).toBe('1');

    await page.getByRole('button', { name: 'Re-apply my changes on the new version' }).click();
    await expect(yamlValue(page, 'config-yaml')).toHaveValue(/limits\.memory: 96MiB/);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Saved the configuration of ${name}` })).toBeVisible();
    const profile = await lxd.get<Profile>(profilePath(name));
    expect(profile.config).toEqual({ 'limits.cpu': '2', 'limits.memory': '96MiB', 'security.nesting': 'true' });
    expect(profile.description).toBe('start');
  });

  test('deleting a profile in use is refused, naming the instance; the default profile cannot be deleted', async ({ page, lxd, cleanup }) => {
    const name = profileName(lxd, cleanup, 'pu');
    await lxd.post('/1.0/profiles', { name, description: '', config: {}, devices: {} });
    const instance = lxd.uniqueName('pui');
    await instancesUsing(lxd, cleanup, [instance], ['default', name]);

    await page.goto(`#/project/default/profiles?q=${name}`);
    const row = page.locator(`tr[data-profile="${name}"]`);
    await expect(row.getByRole('cell').nth(2)).toHaveText('1');
    await row.getByRole('button', { name: `More actions for ${name}` }).click();
    await page.getByRole('menuitem', { name: `Delete ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Cannot delete profile ${name}` });
    await expect(dialog).toContainText('is in use');
    await expect(dialog.getByRole('link', { name: `instance ${instance}` })).toBeVisible();
    await expect(dialog.getByRole('button', { name: /Delete/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect((await lxd.request('GET', profilePath(name))).status).toBe(200);

    // The default profile: the menu says why it cannot be deleted or renamed.
    await page.goto('#/project/default/profiles?q=default');
    await page.getByRole('button', { name: 'More actions for default' }).click();
    await expect(page.getByRole('menuitem', { name: 'Delete default' })).toHaveAttribute('aria-disabled', 'true');
    await expect(page.getByRole('menuitem', { name: 'Delete default' })).toContainText('cannot be deleted');
    await expect(page.getByRole('menuitem', { name: 'Rename default' })).toContainText('cannot be renamed');
    await page.keyboard.press('Escape');
    await page.goto('#/project/default/profile/default');
    await expect(page.getByRole('button', { name: 'Delete…' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Delete…' })).toHaveAccessibleDescription(/cannot be deleted/);
  });

  test('delete an unused profile from its page', async ({ page, lxd, cleanup }) => {
    const name = profileName(lxd, cleanup, 'pd');
    await lxd.post('/1.0/profiles', { name, description: 'to go', config: {}, devices: rootDisk });
    await page.goto(`#/project/default/profile/${name}`);
    await expect(page.getByText('Nothing uses this profile.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Delete…' }).click();
    const dialog = page.getByRole('dialog', { name: `Delete profile ${name}?` });
    await dialog.getByRole('button', { name: 'Delete profile' }).click();
    await expect(page).toHaveURL(/#\/project\/default\/profiles$/);
    await expect(page.locator(`tr[data-profile="${name}"]`)).toHaveCount(0);
    expect((await lxd.request('GET', profilePath(name))).status).toBe(404);
  });

  test('rename from the list; instances keep the profile under its new name', async ({ page, lxd, cleanup }) => {
    const name = profileName(lxd, cleanup, 'pr');
    const renamed = profileName(lxd, cleanup, 'pr2');
    await lxd.post('/1.0/profiles', { name, description: '', config: {}, devices: {} });
    const instance = lxd.uniqueName('pri');
    await instancesUsing(lxd, cleanup, [instance], ['default', name]);

    await page.goto(`#/project/default/profiles?q=${name}`);
    await page.getByRole('button', { name: `More actions for ${name}` }).click();
    await page.getByRole('menuitem', { name: `Rename ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Rename profile ${name}` });
    await dialog.getByRole('textbox', { name: 'New name' }).fill('default');
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await expect(dialog.getByText('A profile named default already exists')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'New name' }).fill(renamed);
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await expect(dialog).toHaveCount(0);
    await page.getByRole('searchbox', { name: 'Filter profiles' }).fill(renamed);
    await expect(page.locator(`tr[data-profile="${renamed}"]`)).toBeVisible();
    expect((await lxd.request('GET', profilePath(name))).status).toBe(404);
    expect((await lxd.get<{ profiles: string[] }>(`/1.0/instances/${instance}`)).profiles).toEqual(['default', renamed]);
  });

  test('add a profile to three instances from its page, then remove it from one', async ({ page, lxd, cleanup }) => {
    const name = profileName(lxd, cleanup, 'pb');
    await lxd.post('/1.0/profiles', { name, description: '', config: { 'limits.memory': '64MiB' }, devices: {} });
    const instances = [lxd.uniqueName('pba'), lxd.uniqueName('pbb'), lxd.uniqueName('pbc')];
    await instancesUsing(lxd, cleanup, instances);

    await page.goto(`#/project/default/profile/${name}`);
    await page.getByRole('button', { name: 'Instances using it…' }).click();
    const dialog = page.getByRole('dialog', { name: `Instances using ${name}` });
    for (const instance of instances) await dialog.getByRole('checkbox', { name: instance }).check();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Apply to 3 instances' }).click();
    await expect(dialog.getByText('Done: 3 instances changed.')).toBeVisible();
    for (const instance of instances) {
      expect(lxd.lxc(['config', 'show', instance])).toMatch(new RegExp(`profiles:\\n- default\\n- ${name}\\n`));
    }
    // The profile's page follows: three users, each a link.
    await expect(page.getByRole('list', { name: `What uses profile ${name}` }).getByRole('link')).toHaveCount(3);

    const [first, ...rest] = instances as [string, ...string[]];
    await dialog.getByRole('checkbox', { name: first }).uncheck();
    await dialog.getByRole('button', { name: 'Apply to 1 instance' }).click();
    await expect(dialog.getByText('Done: 1 instance changed.')).toBeVisible();
    expect(lxd.lxc(['config', 'show', first])).not.toContain(`- ${name}`);
    for (const instance of rest) expect(lxd.lxc(['config', 'show', instance])).toContain(`- ${name}`);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('list', { name: `What uses profile ${name}` }).getByRole('link')).toHaveCount(2);
  });

  test('a failure on some instances is reported per instance with LXD’s message', async ({ page, lxd, cleanup }) => {
    const name = profileName(lxd, cleanup, 'pf');
    await lxd.post('/1.0/profiles', { name, description: '', config: {}, devices: {} });
    const instances = [lxd.uniqueName('pfa'), lxd.uniqueName('pfb')];
    await instancesUsing(lxd, cleanup, instances);

    await page.goto(`#/project/default/profiles?q=${name}`);
    await page.getByRole('button', { name: `More actions for ${name}` }).click();
    await page.getByRole('menuitem', { name: `Choose instances using ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Instances using ${name}` });
    for (const instance of instances) await dialog.getByRole('checkbox', { name: instance }).check();
    // The profile goes away before the change is applied: LXD refuses it for every instance.
    await lxd.delete(profilePath(name));
    await expect(page.locator(`tr[data-profile="${name}"]`)).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Apply to 2 instances' }).click();
    const failures = dialog.getByRole('list', { name: 'Instances not changed' });
    await expect(failures.getByRole('listitem')).toHaveCount(2);
    for (const instance of instances) {
      // LXD's own words (5.0.2).
      await expect(failures.getByRole('listitem').filter({ hasText: instance })).toHaveText(`${instance}: Profile not found`);
      expect((await lxd.get<{ profiles: string[] }>(`/1.0/instances/${instance}`)).profiles).toEqual(['default']);
    }
    // The ticks are kept for another try.
    await expect(dialog.getByRole('button', { name: 'Apply to 2 instances' })).toBeEnabled();
  });

  test('markup in a description is shown as text', async ({ page, lxd, cleanup }) => {
    const name = profileName(lxd, cleanup, 'px');
    const description = '<b>x</b><img src=x onerror="window.__profileXss=1">';
    await lxd.post('/1.0/profiles', { name, description, config: {}, devices: {} });
    await page.goto(`#/project/default/profiles?q=${name}`);
    const row = page.locator(`tr[data-profile="${name}"]`);
    await expect(row).toContainText(description);
    await expect(row.locator('b, img')).toHaveCount(0);

    await page.goto(`#/project/default/profile/${name}`);
    await expect(page.locator('.object-description')).toHaveText(description);
    await expect(page.locator('.tab-panel b, .tab-panel img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __profileXss?: number }).__profileXss)).toBeUndefined();
  });
});
