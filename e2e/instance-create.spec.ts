import type { Page, Route } from '@playwright/test';
import { expect, test, type Cleanup, type LxdClient } from './fixtures/test';

interface Instance {
  status: string;
  profiles: string[];
  config: Record<string, string>;
  devices: Record<string, Record<string, string>>;
  expanded_config: Record<string, string>;
  description: string;
}

const USER_DATA = '#cloud-config\nhostname: from-lxdeck\nruncmd:\n  - [touch, /tmp/ran]\n';

/** A bridge without addresses and two profiles; all removed after the test (instances first). */
async function setUpResources(lxd: LxdClient, cleanup: Cleanup, prefix: string) {
  const network = lxd.uniqueName('n'); // host interface names have at most 15 characters
  const first = `${prefix}-pa`;
  const second = `${prefix}-pb`;
  await lxd.post('/1.0/networks', { name: network, type: 'bridge', config: { 'ipv4.address': 'none', 'ipv6.address': 'none' } });
  cleanup.add(() => lxd.delete(`/1.0/networks/${network}`));
  for (const [name, tier] of [
    [first, 'first'],
    [second, 'second'],
  ]) {
    await lxd.post('/1.0/profiles', { name, config: { 'user.tier': tier }, devices: {} });
    cleanup.add(() => lxd.delete(`/1.0/profiles/${name}`));
  }
  return { network, first, second };
}

/** Every instance create the page sends. */
function recordCreates(page: Page): string[] {
  const bodies: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/1.0/instances') bodies.push(request.postData() ?? '');
  });
  return bodies;
}

async function openCreatePage(page: Page) {
  await page.goto('#/project/default/instances/create');
  await expect(page.getByRole('heading', { name: 'Create instance' })).toBeVisible();
}

async function chooseImage(page: Page) {
  const image = page.getByRole('combobox', { name: 'Image' });
  const label = await image.locator('option', { hasText: 'busybox' }).first().textContent();
  await image.selectOption({ label: label ?? '' });
}

test.describe('create instance', () => {
  test('creates with image, ordered profiles, limits, root size, NIC and user-data, shows progress, then starts it', async ({
    page,
    lxd,
    cleanup,
  }) => {
    const name = lxd.uniqueName('cr');
    const { network, first, second } = await setUpResources(lxd, cleanup, name);
    cleanup.add(() => lxd.deleteInstance(name)); // before the profiles and network it uses
    // The app's waits for LXD's operations are held until the test has read the progress of
    // that step; the progress itself comes from LXD's operation events, which are not held.
    const held: Route[] = [];
    let allowed = 0;
    const pass = () => {
      while (allowed > 0 && held.length > 0) {
        allowed -= 1;
        void held.shift()?.continue();
      }
    };
    const releaseOneWait = () => {
      allowed += 1;
      pass();
    };
    await page.route('**/1.0/operations/*/wait*', (route) => {
      held.push(route);
      pass();
    });

    await openCreatePage(page);
    await page.getByRole('textbox', { name: 'Name' }).fill(name);
    await page.getByRole('textbox', { name: 'Description' }).fill('made in the browser');
    await chooseImage(page);
    const addProfile = page.getByRole('combobox', { name: 'Add profile' });
    for (const profile of [second, first]) {
      await addProfile.selectOption(profile);
      await page.getByRole('button', { name: 'Add', exact: true }).click();
    }
    // Added in the wrong order on purpose: put the first profile before the second.
    await page.getByRole('button', { name: `Move ${first} up` }).click();
    await expect(page.getByRole('list', { name: 'Chosen profiles' }).getByRole('listitem')).toHaveText([
      /default/,
      new RegExp(first),
      new RegExp(second),
    ]);
    await page.getByRole('textbox', { name: 'CPU limit' }).fill('1');
    await page.getByRole('textbox', { name: 'Memory limit' }).fill('192MiB');
    await page.getByRole('combobox', { name: 'Allow nesting' }).selectOption('true');
    await page.getByRole('combobox', { name: 'Start on boot' }).selectOption('false');
    await page.getByRole('combobox', { name: 'Root disk pool' }).selectOption('default');
    await page.getByRole('textbox', { name: 'Root disk size' }).fill('1GiB');
    await page.getByRole('combobox', { name: 'Network' }).selectOption(network);
    await page.getByRole('textbox', { name: 'User-data (cloud-init)' }).fill(USER_DATA);
    await expect(page.getByRole('checkbox', { name: 'Start after creating' })).toBeChecked();

    await page.getByRole('button', { name: 'Create instance' }).click();
    const progress = page.getByRole('status', { name: 'Progress' });
    await expect(progress).toContainText('Create the instance — in progress');
    await expect(progress).toContainText(/Unpacking image: \d+%/);
    releaseOneWait(); // the create
    await expect(progress).toContainText('Start it — in progress');
    allowed = Number.POSITIVE_INFINITY; // the start, and anything after it
    pass();

    await expect(page).toHaveURL(new RegExp(`#/project/default/instance/${name}$`));
    await expect(page.getByRole('heading', { name })).toBeVisible();
    await expect(page.locator('.page-header [data-status="Running"]')).toBeVisible();

    const instance = await lxd.get<Instance>(`/1.0/instances/${name}`);
    expect(instance.status).toBe('Running');
    expect(instance.description).toBe('made in the browser');
    expect(instance.profiles).toEqual(['default', first, second]);
    // The later profile wins: proof that the order reached LXD.
    expect(instance.expanded_config['user.tier']).toBe('second');
    expect(instance.config).toMatchObject({
      'limits.cpu': '1',
      'limits.memory': '192MiB',
      'security.nesting': 'true',
      'boot.autostart': 'false',
      'cloud-init.user-data': USER_DATA,
    });
    expect(instance.devices).toEqual({
      root: { type: 'disk', path: '/', pool: 'default', size: '1GiB' },
      eth0: { type: 'nic', name: 'eth0', network },
    });
  });

  test('invalid names are refused before anything is sent; a name that exists gets LXD’s message', async ({ page, lxd, cleanup }) => {
    const existing = lxd.uniqueName('dup');
    cleanup.instance(existing);
    await lxd.createInstance(existing);
    const creates = recordCreates(page);

    await openCreatePage(page);
    const nameBox = page.getByRole('textbox', { name: 'Name' });
    await chooseImage(page);
    await page.getByRole('textbox', { name: 'CPU limit' }).fill('1');
    await page.getByRole('textbox', { name: 'User-data (cloud-init)' }).fill(USER_DATA);
    const submit = page.getByRole('button', { name: 'Create instance' });
    for (const [bad, message] of [
      ['9lives', 'Name must not start with a number'],
      ['web_1', 'Name can only contain alphanumeric and hyphen characters'],
      ['-web', 'Name must not start with "-" character'],
      ['x'.repeat(64), 'Name must be 1-63 characters long'],
    ] as const) {
      await nameBox.fill(bad);
      await submit.click();
      await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
      await expect(nameBox).toHaveAttribute('aria-invalid', 'true');
    }
    expect(creates).toEqual([]);

    await nameBox.fill(existing);
    await submit.click();
    await expect(page.getByRole('alert').filter({ hasText: 'already exists' })).toBeVisible();
    // LXD's message sits with the name, and everything typed is still there.
    await expect(page.locator('#create-name-error')).toContainText('already exists');
    expect(creates).toHaveLength(1);
    await expect(nameBox).toHaveValue(existing);
    await expect(page.getByRole('textbox', { name: 'CPU limit' })).toHaveValue('1');
    await expect(page.getByRole('textbox', { name: 'User-data (cloud-init)' })).toHaveValue(USER_DATA);
    expect((await lxd.allInstances()).filter((ref) => ref.name === existing)).toHaveLength(1);
  });

  test('a bad value gets LXD’s message next to its field; malformed user-data is refused with its line', async ({ page, lxd }) => {
    const name = lxd.uniqueName('bad');
    const creates = recordCreates(page);
    await openCreatePage(page);
    await page.getByRole('textbox', { name: 'Name' }).fill(name);
    await chooseImage(page);

    const userData = page.getByRole('textbox', { name: 'User-data (cloud-init)' });
    await userData.fill('#cloud-config\nruncmd:\n  - [ls, -l\npackages: x\n');
    await page.getByRole('button', { name: 'Create instance' }).click();
    await expect(page.locator('#create-user-data-error')).toHaveText(/^YAML error on line \d+: /);
    expect(creates).toEqual([]);

    await userData.fill(USER_DATA);
    await page.getByRole('textbox', { name: 'Memory limit' }).fill('lots');
    await page.getByRole('button', { name: 'Create instance' }).click();
    await expect(page.locator('#create-limits-memory-error')).toContainText('Invalid value: lots');
    await expect(page.getByRole('textbox', { name: 'Memory limit' })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(name);
    expect(await lxd.instanceStatus(name)).toBeNull();

    // Corrected, the same form creates the instance.
    await page.getByRole('textbox', { name: 'Memory limit' }).fill('64MiB');
    await page.getByRole('checkbox', { name: 'Start after creating' }).uncheck();
    await page.getByRole('button', { name: 'Create instance' }).click();
    await expect(page).toHaveURL(new RegExp(`#/project/default/instance/${name}$`));
    expect(await lxd.instanceStatus(name)).toBe('Stopped');
    expect((await lxd.get<Instance>(`/1.0/instances/${name}`)).config['limits.memory']).toBe('64MiB');
  });

  test('the server going away keeps the form; once it is back the same form creates the instance', async ({ page, lxd }) => {
    const name = lxd.uniqueName('away');
    await openCreatePage(page);
    await page.getByRole('textbox', { name: 'Name' }).fill(name);
    await chooseImage(page);
    await page.getByRole('textbox', { name: 'CPU limit' }).fill('1');
    await page.getByRole('textbox', { name: 'User-data (cloud-init)' }).fill(USER_DATA);

    await lxd.stopDaemon();
    await page.getByRole('button', { name: 'Create instance' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The server is unreachable' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(name);
    await expect(page.getByRole('textbox', { name: 'CPU limit' })).toHaveValue('1');
    await expect(page.getByRole('textbox', { name: 'User-data (cloud-init)' })).toHaveValue(USER_DATA);

    await lxd.startDaemon();
    await expect(page.getByRole('status', { name: /Connection: Live/ })).toBeVisible({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Create instance' }).click();
    await expect(page).toHaveURL(new RegExp(`#/project/default/instance/${name}$`));
    await expect.poll(() => lxd.instanceStatus(name)).toBe('Running');
    expect((await lxd.get<Instance>(`/1.0/instances/${name}`)).config['cloud-init.user-data']).toBe(USER_DATA);
  });
});
